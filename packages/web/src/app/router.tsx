import { createBrowserRouter, Navigate } from "react-router";
import { getSession, isCustomer } from "../auth/session";

// Client routes live under /console and /self-service: everything else at the root is the API's.
// Each page is its own chunk (lazy), so the portal never loads the console's pages and vice versa.
function Home() {
  // Cognito comes back to the site's root with ?code=&state=: the callback page finishes the sign-in.
  if (new URLSearchParams(window.location.search).has("code")) {
    return <Navigate to={`/auth/callback${window.location.search}`} replace />;
  }
  const session = getSession();
  if (!session) return <Navigate to="/signin" replace />;
  return <Navigate to={isCustomer(session.claims) ? "/self-service" : "/console"} replace />;
}

const page =
  <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  async () => ({ Component: (await load())[name] });

export const router = createBrowserRouter([
  { path: "/", Component: Home },
  { path: "/signin", lazy: page(() => import("../auth/SignInPage"), "SignInPage") },
  { path: "/auth/callback", lazy: page(() => import("../auth/CallbackPage"), "CallbackPage") },
  {
    path: "/console",
    lazy: page(() => import("../pages/console/ConsoleLayout"), "ConsoleLayout"),
    children: [
      { index: true, lazy: page(() => import("../pages/console/HomePage"), "HomePage") },
      { path: "customers/:id", lazy: page(() => import("../pages/console/CustomerPage"), "CustomerPage") },
      { path: "cases/new", lazy: page(() => import("../pages/console/NewCasePage"), "NewCasePage") },
      { path: "cases/:id", lazy: page(() => import("../pages/console/CasePage"), "CasePage") },
      { path: "vehicles/:vin", lazy: page(() => import("../pages/vehicles/VehiclePage"), "VehiclePage") },
      { path: "plates/:jurisdiction/:number", lazy: page(() => import("../pages/vehicles/PlatePage"), "PlatePage") },
      {
        path: "transfers/new",
        lazy: page(() => import("../pages/vehicles/TransferWizardPage"), "TransferWizardPage"),
      },
      { path: "donors/:id", lazy: page(() => import("../pages/donors/DonorPage"), "DonorPage") },
      { path: "campaigns", lazy: page(() => import("../pages/donors/CampaignsPage"), "CampaignsPage") },
      { path: "campaigns/:id", lazy: page(() => import("../pages/donors/CampaignsPage"), "CampaignPage") },
      { path: "gifts/new", lazy: page(() => import("../pages/donors/RecordGiftPage"), "RecordGiftPage") },
      { path: "work", lazy: page(() => import("../pages/console/WorkPage"), "WorkPage") },
      { path: "board", lazy: page(() => import("../pages/console/QueueBoardPage"), "QueueBoardPage") },
      { path: "bulk", lazy: page(() => import("../pages/console/BulkPage"), "BulkPage") },
      { path: "admin/sla-policies", lazy: page(() => import("../pages/admin/SlaPoliciesPage"), "SlaPoliciesPage") },
      { path: "admin/calendars", lazy: page(() => import("../pages/admin/CalendarsPage"), "CalendarsPage") },
      {
        path: "admin/calendars/:id",
        lazy: page(() => import("../pages/admin/CalendarEditorPage"), "CalendarEditorPage"),
      },
      { path: "*", lazy: page(() => import("../pages/NotFoundPage"), "NotFoundPage") },
    ],
  },
  {
    path: "/self-service",
    lazy: page(() => import("../pages/portal/PortalLayout"), "PortalLayout"),
    children: [
      { index: true, lazy: page(() => import("../pages/portal/PortalCasesPage"), "PortalCasesPage") },
      { path: "signin", lazy: page(() => import("../pages/portal/PortalSignInPage"), "PortalSignInPage") },
      { path: "new", lazy: page(() => import("../pages/portal/PortalNewRequestPage"), "PortalNewRequestPage") },
      { path: "cases/:id", lazy: page(() => import("../pages/portal/PortalCasePage"), "PortalCasePage") },
    ],
  },
  { path: "*", lazy: page(() => import("../pages/NotFoundPage"), "NotFoundPage") },
]);
