/** Names, places and subjects for the demo data, per language of our first users. */
export interface Locale {
  readonly language: string;
  readonly country: string;
  readonly given: readonly string[];
  readonly family: readonly string[];
  readonly cities: readonly [city: string, region: string, postalCode: string][];
  readonly street: string;
  /** E.164 prefix and how many random digits follow, for numbers libphonenumber accepts as valid. */
  readonly phone: readonly [prefix: string, digits: number];
  readonly subjects: readonly [
    subject: string,
    type: "service_request" | "incident" | "complaint" | "inquiry",
    category: string,
  ][];
  readonly organizations: readonly string[];
}

export const locales: readonly Locale[] = [
  {
    language: "pt-BR",
    country: "BR",
    given: [
      "Maria",
      "João",
      "Ana",
      "Pedro",
      "Luíza",
      "Rafael",
      "Beatriz",
      "Lucas",
      "Camila",
      "Gustavo",
      "Fernanda",
      "Thiago",
    ],
    family: ["Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Rodrigues", "Almeida", "Nascimento", "Lima"],
    cities: [
      ["São Paulo", "SP", "01310-100"],
      ["Rio de Janeiro", "RJ", "20040-002"],
      ["Belo Horizonte", "MG", "30130-010"],
      ["Recife", "PE", "50030-230"],
    ],
    street: "Rua das Flores",
    phone: ["+55119", 8],
    subjects: [
      ["Não consigo acessar minha conta", "incident", "account"],
      ["Cobrança em duplicidade na fatura", "complaint", "billing"],
      ["Solicito segunda via do contrato", "service_request", "documents"],
      ["Qual o prazo de entrega?", "inquiry", "delivery"],
      ["Aparelho parou de funcionar", "incident", "technical"],
    ],
    organizations: ["Fundação Esperança", "Padaria Pão Dourado Ltda", "Instituto Vida Verde"],
  },
  {
    language: "es-MX",
    country: "MX",
    given: ["José", "Guadalupe", "Juan", "María José", "Alejandro", "Sofía", "Diego", "Valentina", "Carlos", "Ximena"],
    family: ["Hernández", "García", "Martínez", "López", "González", "Pérez", "Sánchez", "Ramírez", "Cruz", "Flores"],
    cities: [
      ["Ciudad de México", "CDMX", "06600"],
      ["Guadalajara", "JAL", "44100"],
      ["Monterrey", "NL", "64000"],
    ],
    street: "Avenida Reforma",
    phone: ["+5255", 8],
    subjects: [
      ["No puedo iniciar sesión", "incident", "account"],
      ["Me cobraron dos veces", "complaint", "billing"],
      ["Solicito factura de mi compra", "service_request", "documents"],
      ["¿Cuál es el horario de atención?", "inquiry", "general"],
      ["El equipo no enciende", "incident", "technical"],
    ],
    organizations: ["Asociación Manos Unidas A.C.", "Transportes del Norte S.A."],
  },
  {
    language: "es-AR",
    country: "AR",
    given: ["Martín", "Lucía", "Santiago", "Camila", "Mateo", "Florencia", "Tomás", "Agustina"],
    family: ["Fernández", "Gómez", "Díaz", "Romero", "Sosa", "Álvarez", "Torres", "Ruiz"],
    cities: [
      ["Buenos Aires", "CABA", "C1001"],
      ["Córdoba", "X", "X5000"],
    ],
    street: "Calle Florida",
    phone: ["+54911", 8],
    subjects: [
      ["Quiero cambiar mi domicilio", "service_request", "account"],
      ["El pedido llegó dañado", "complaint", "delivery"],
      ["Consulta sobre la garantía", "inquiry", "warranty"],
    ],
    organizations: ["Cooperativa El Ceibo"],
  },
  {
    language: "en-US",
    country: "US",
    given: ["John", "Emily", "Michael", "Sarah", "David", "Jessica", "Chris", "Ashley", "Daniel", "Olivia"],
    family: ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Taylor", "Clark"],
    cities: [
      ["Springfield", "IL", "62701"],
      ["Austin", "TX", "78701"],
      ["Portland", "OR", "97201"],
    ],
    street: "Main Street",
    phone: ["+1202555", 4],
    subjects: [
      ["Cannot log in to the portal", "incident", "account"],
      ["Charged twice this month", "complaint", "billing"],
      ["Please send a copy of my contract", "service_request", "documents"],
      ["When will my order arrive?", "inquiry", "delivery"],
      ["Device stopped working after update", "incident", "technical"],
      ["Warranty claim for a broken unit", "service_request", "warranty"],
    ],
    organizations: ["Northwind Logistics", "Riverside Food Bank", "Contoso Health Clinic"],
  },
  {
    language: "en-GB",
    country: "GB",
    given: ["Oliver", "Amelia", "Harry", "Isla", "George", "Ava", "Noah", "Grace"],
    family: ["Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Edwards"],
    cities: [
      ["Manchester", "England", "M1 1AE"],
      ["Leeds", "England", "LS1 4AP"],
    ],
    street: "High Street",
    phone: ["+447911", 6],
    subjects: [
      ["Unable to reset my password", "incident", "account"],
      ["Refund not received", "complaint", "billing"],
      ["Change of address", "service_request", "account"],
    ],
    organizations: ["Harbour Trust CIO"],
  },
  {
    language: "fr-FR",
    country: "FR",
    given: ["Amélie", "Louis", "Chloé", "Hugo", "Léa", "Gabriel", "Manon", "Jules"],
    family: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"],
    cities: [
      ["Paris", "Île-de-France", "75001"],
      ["Lyon", "Auvergne-Rhône-Alpes", "69001"],
      ["Marseille", "Provence-Alpes-Côte d'Azur", "13001"],
    ],
    street: "Rue de la République",
    phone: ["+336", 8],
    subjects: [
      ["Impossible de me connecter", "incident", "account"],
      ["Facture incorrecte", "complaint", "billing"],
      ["Demande de copie du contrat", "service_request", "documents"],
      ["Quels sont les délais de livraison ?", "inquiry", "delivery"],
    ],
    organizations: ["Café des Arts SARL", "Association Solidarité Quartier"],
  },
  {
    language: "fr-CA",
    country: "CA",
    given: ["Émile", "Florence", "William", "Rosalie", "Félix", "Juliette"],
    family: ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier"],
    cities: [
      ["Montréal", "QC", "H2X 1Y4"],
      ["Québec", "QC", "G1R 4P5"],
    ],
    street: "Rue Saint-Denis",
    phone: ["+1514555", 4],
    subjects: [
      ["Mon appareil ne démarre plus", "incident", "technical"],
      ["Question sur mon abonnement", "inquiry", "billing"],
    ],
    organizations: ["Coopérative du Plateau"],
  },
  {
    language: "hi-IN",
    country: "IN",
    given: ["Priya", "Rahul", "Ananya", "Arjun", "Kavya", "Vikram", "Isha", "Rohan"],
    family: ["Sharma", "Verma", "Gupta", "Patel", "Singh", "Iyer", "Reddy", "Nair"],
    cities: [
      ["Mumbai", "MH", "400001"],
      ["Bengaluru", "KA", "560001"],
      ["New Delhi", "DL", "110001"],
    ],
    street: "MG Road",
    phone: ["+9198", 8],
    subjects: [
      ["खाते में लॉगिन नहीं हो रहा", "incident", "account"],
      ["बिल में गलत राशि", "complaint", "billing"],
      ["अनुबंध की प्रति चाहिए", "service_request", "documents"],
      ["डिलीवरी कब होगी?", "inquiry", "delivery"],
    ],
    organizations: ["Seva Foundation Trust", "Sharma Textiles Pvt Ltd"],
  },
];

export const products = [
  { kind: "contract", productCode: "SUP-STD", productName: "Standard support", serviceLevel: "standard" },
  { kind: "contract", productCode: "SUP-GOLD", productName: "Gold support", serviceLevel: "gold" },
  { kind: "contract", productCode: "SUP-PLAT", productName: "Platinum support", serviceLevel: "platinum" },
  { kind: "product", productCode: "RTR-200", productName: "Home router R200" },
  { kind: "warranty", productCode: "EXT-WAR", productName: "Extended warranty" },
  { kind: "service", productCode: "FIBER-500", productName: "Fibre 500 Mb/s" },
] as const;

/** Demo agents; the first is the local sign-in page's demo agent (Ana Souza), so her queue has cases. */
export const agents = ["u-agent-1", "agent-bruno", "agent-chen", "agent-diya", "agent-emma"] as const;
export const queues = ["general", "billing", "technical", "vip"] as const;
