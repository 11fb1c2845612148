/// <reference types="vite/client" />
interface ImportMetaEnv {
  readonly VITE_API_URL: string;
  readonly VITE_REGION: string;
  readonly VITE_AUTH_ISSUER: string;
  readonly VITE_AUTH_CLIENT_ID: string;
  readonly VITE_AUTH_SIGN_IN_URL: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
