/**
 * The sample's free texts in Spanish (requirements, descriptions, notes, project names, audit
 * types...), for the Spanish template's sample: a Spanish-speaking office reads its own language
 * throughout. Enumerated values are translated by the template itself (spanishWords.ts); names of
 * people, places, IDs, links and the planted problems' values stay as they are.
 */
// @ts-nocheck

import type { Cell } from "../core/model/grid";

const TEXTS: Readonly<Record<string, string>> = {
  // Controls: requirements and notes
  "Top management commitment to the SMS is evidenced": "Se evidencia el compromiso de la alta dirección con el SGS",
  "Service management policy approved and communicated": "Política de gestión del servicio aprobada y comunicada",
  "Management representative appointed with defined authority":
    "Representante de la dirección designado con autoridad definida",
  "SMS documents and records are controlled": "Los documentos y registros del SGS están controlados",
  "Internal audits and management reviews planned and held":
    "Auditorías internas y revisiones por la dirección planificadas y realizadas",
  "New or changed services planned with their requirements":
    "Servicios nuevos o modificados planificados con sus requisitos",
  "Design and development of services documented and approved":
    "Diseño y desarrollo de los servicios documentados y aprobados",
  "Transition of new or changed services tested and accepted":
    "Transición de servicios nuevos o modificados probada y aceptada",
  "Service catalogue maintained": "Catálogo de servicios mantenido",
  "Service level agreements agreed with customers": "Acuerdos de nivel de servicio acordados con los clientes",
  "Service levels monitored against targets": "Niveles de servicio medidos frente a las metas",
  "Service reports produced and distributed on schedule": "Informes del servicio elaborados y distribuidos a tiempo",
  "Reports show performance against targets and trends":
    "Los informes muestran el desempeño frente a metas y tendencias",
  "Continuity and availability requirements assessed": "Requisitos de continuidad y disponibilidad evaluados",
  "Service continuity plans maintained": "Planes de continuidad del servicio mantenidos",
  "Continuity plans tested at least yearly": "Planes de continuidad probados al menos una vez al año",
  "Service budget defined and monitored": "Presupuesto del servicio definido y controlado",
  "Costs of service components accounted for": "Costos de los componentes del servicio contabilizados",
  "Capacity plan produced and reviewed": "Plan de capacidad elaborado y revisado",
  "Capacity and performance monitored": "Capacidad y rendimiento supervisados",
  "Information security policy approved and communicated":
    "Política de seguridad de la información aprobada y comunicada",
  "Information security risk assessments performed":
    "Evaluaciones de riesgos de seguridad de la información realizadas",
  "Security incidents managed and reviewed": "Incidentes de seguridad gestionados y revisados",
  "Customers and stakeholders identified and documented": "Clientes y partes interesadas identificados y documentados",
  "Customer satisfaction measured and analysed": "Satisfacción del cliente medida y analizada",
  "Service complaints recorded, investigated and closed": "Quejas del servicio registradas, investigadas y cerradas",
  "Supplier contracts documented with scope and service levels":
    "Contratos con proveedores documentados con alcance y niveles de servicio",
  "Supplier performance reviewed periodically": "Desempeño de los proveedores revisado periódicamente",
  "Incident and service request procedure defined": "Procedimiento de incidentes y solicitudes de servicio definido",
  "Incidents recorded, classified and prioritised": "Incidentes registrados, clasificados y priorizados",
  "Major incident procedure defined and used": "Procedimiento de incidentes graves definido y aplicado",
  "Problems identified and root causes analysed": "Problemas identificados y causas raíz analizadas",
  "Known errors recorded and communicated": "Errores conocidos registrados y comunicados",
  "Configuration item types and CMDB defined": "Tipos de elementos de configuración y CMDB definidos",
  "CMDB audited for accuracy": "Exactitud de la CMDB auditada",
  "Change management policy defined": "Política de gestión de cambios definida",
  "Change requests assessed, approved and reviewed": "Solicitudes de cambio evaluadas, aprobadas y revisadas",
  "Emergency changes controlled": "Cambios de emergencia controlados",
  "Release policy defined": "Política de liberaciones definida",
  "Releases planned, tested and verified before deployment":
    "Liberaciones planificadas, probadas y verificadas antes del despliegue",
  "Demand forecasts reviewed with business units": "Previsiones de demanda revisadas con las unidades de negocio",
  "Resolution processes documented": "Procesos de resolución documentados",
  "Depends on the new service desk tool": "Depende de la nueva herramienta de mesa de servicio",
  "Owner changed in 2026": "Cambió el responsable en 2026",
  "Procedure published on the intranet": "Procedimiento publicado en la intranet",
  "Pending approval by the quality committee": "Pendiente de aprobación por el comité de calidad",
  "Reviewed in the last management review": "Revisado en la última revisión por la dirección",
  "Added after the HA audit": "Añadido tras la auditoría HA",
  // Evidence
  "Report exported from the service desk tool": "Informe exportado de la herramienta de mesa de servicio",
  "Signed policy document": "Documento de política firmado",
  "Test report": "Informe de pruebas",
  "Approved procedure, current version": "Procedimiento aprobado, versión vigente",
  "Monthly service report": "Informe mensual del servicio",
  "Minutes of the review meeting": "Acta de la reunión de revisión",
  // Projects
  "ISO/IEC 20000 service management system": "Sistema de gestión del servicio ISO/IEC 20000",
  "SMS implementation": "Implantación del SGS",
  "CMDB migration to the new service desk tool": "Migración de la CMDB a la nueva herramienta de mesa de servicio",
  "24x7 service desk": "Mesa de servicio 24x7",
  "Service improvement": "Mejora del servicio",
  "Data centre continuity plan": "Plan de continuidad del centro de datos",
  "WAN links renewal": "Renovación de los enlaces WAN",
  "Citizen service catalogue": "Catálogo de servicios al ciudadano",
  "Service design": "Diseño del servicio",
  "Online procedures portal v1": "Portal de trámites en línea v1",
  "Problem management rollout": "Despliegue de la gestión de problemas",
  "Server operating system upgrade": "Actualización del sistema operativo de los servidores",
  "Supplier management framework": "Marco de gestión de proveedores",
  Tooling: "Herramientas",
  Infrastructure: "Infraestructura",
  Continuity: "Continuidad",
  Application: "Aplicación",
  Process: "Proceso",
  // Risks
  "Key staff reassigned to the elections support programme":
    "Personal clave reasignado al programa de apoyo a las elecciones",
  "Named deputies for each process owner": "Suplentes designados para cada responsable de proceso",
  "Certification body slots not available in December": "El organismo certificador no tiene fechas en diciembre",
  "Audit booked for 2026-12-07": "Auditoría reservada para el 2026-12-07",
  "Legacy inventory data of poor quality": "Datos de inventario heredados de mala calidad",
  "Data cleansing sprint before cut-over": "Depuración de datos antes del paso a producción",
  "Budget for the alternate site not yet approved": "Presupuesto del sitio alterno aún sin aprobar",
  "Request included in the 2027 budget proforma": "Solicitud incluida en la proforma presupuestaria de 2027",
  "Process owners have no time allocated to the project":
    "Los responsables de proceso no tienen tiempo asignado al proyecto",
  "Steering committee to approve 20 % allocation": "El comité directivo aprobará una asignación del 20 %",
  "Training provider contract delayed": "Contrato del proveedor de capacitación retrasado",
  "Internal trainers used": "Se recurre a capacitadores internos",
  "Carrier installation dates slipping": "Se retrasan las fechas de instalación del operador",
  "Weekly follow-up with the carrier": "Seguimiento semanal con el operador",
  "Business units disagree on service definitions": "Las unidades de negocio discrepan en las definiciones de servicio",
  "Workshops chaired by the undersecretary": "Talleres presididos por el subsecretario",
  "Portal content management system unavailable": "Gestor de contenidos del portal no disponible",
  "Hosting moved to the Quito data centre": "Alojamiento trasladado al centro de datos de Quito",
  "Citizen data published before the privacy review":
    "Datos de ciudadanos publicados antes de la revisión de privacidad",
  "Privacy officer signs off each page": "El delegado de privacidad aprueba cada página",
  "Single administrator for all infrastructure": "Un solo administrador para toda la infraestructura",
  "Request a second post; document runbooks": "Solicitar un segundo puesto; documentar los procedimientos operativos",
  "Resistance to recording every service request": "Resistencia a registrar cada solicitud de servicio",
  "Awareness sessions by unit": "Sesiones de sensibilización por unidad",
  "Application incompatibility with the new OS": "Incompatibilidad de aplicaciones con el nuevo sistema operativo",
  "Compatibility tests passed": "Pruebas de compatibilidad superadas",
  "Framework contracts expire before renegotiation": "Los contratos marco vencen antes de renegociarse",
  "Extension clauses activated": "Cláusulas de prórroga activadas",
  "Procurement rules change": "Cambian las normas de contratación pública",
  "Legal review completed": "Revisión jurídica concluida",
  // Audits and maturity
  "Internal audit": "Auditoría interna",
  "Verification audit": "Auditoría de verificación",
  "Citizen services": "Servicios al ciudadano",
  "Inter-agency services": "Servicios interinstitucionales",
  "Process not formally defined": "Proceso no definido formalmente",
  "Re-rated after the closing meeting": "Recalificado tras la reunión de cierre",
  // Findings
  "Weekly service review with citizen-facing units is a good practice":
    "La revisión semanal del servicio con las unidades de atención al ciudadano es una buena práctica",
  "Service reports could include citizen satisfaction trends":
    "Los informes del servicio podrían incluir tendencias de satisfacción ciudadana",
  "Capacity thresholds could be reviewed quarterly": "Los umbrales de capacidad podrían revisarse cada trimestre",
  "Supplier reviews could use a common scorecard": "Las revisiones de proveedores podrían usar un cuadro común",
  "Incident categories could be simplified": "Las categorías de incidentes podrían simplificarse",
  "Some records lack the approver's name": "Algunos registros no tienen el nombre de quien aprueba",
  "Continuity test results not yet analysed": "Resultados de la prueba de continuidad aún sin analizar",
  "Two procedures reference an obsolete form": "Dos procedimientos remiten a un formulario obsoleto",
  "No evidence that the procedure was followed in the period sampled":
    "No hay evidencia de que se siguiera el procedimiento en el periodo muestreado",
  "Service level targets not monitored for two months": "Metas de nivel de servicio sin seguimiento durante dos meses",
  "Changes implemented without recorded approval": "Cambios implementados sin aprobación registrada",
  "Configuration records do not match the installed base":
    "Los registros de configuración no coinciden con la base instalada",
  "No continuity plan for the citizen registry service":
    "No hay plan de continuidad para el servicio de registro civil",
  "Dashboard of service levels published to all staff":
    "Tablero de niveles de servicio publicado para todo el personal",
  "Training records of new staff incomplete": "Registros de capacitación del personal nuevo incompletos",
  "Supplier contract lacks agreed service levels": "El contrato del proveedor no tiene niveles de servicio acordados",
  "Information security risk assessment never performed":
    "Nunca se realizó la evaluación de riesgos de seguridad de la información",
  "Major incidents not managed under any defined procedure":
    "Incidentes graves gestionados sin ningún procedimiento definido",
  "Change advisory board minutes are complete and traceable":
    "Las actas del comité de cambios están completas y son trazables",
  "Known error database is used at first contact": "La base de errores conocidos se usa en el primer contacto",
  // Actions
  "Prevent recurrence: review record templates with all process owners":
    "Prevenir la repetición: revisar las plantillas de registro con todos los responsables de proceso",
  // Improvements
  "Automate monthly service reports": "Automatizar los informes mensuales del servicio",
  "Trend analysis of recurring incidents": "Análisis de tendencias de incidentes recurrentes",
  "Citizen satisfaction survey after each request": "Encuesta de satisfacción ciudadana tras cada solicitud",
  "Single point of contact for all requests": "Punto único de contacto para todas las solicitudes",
  "Standard changes catalogue": "Catálogo de cambios estándar",
  "Capacity dashboard for core systems": "Tablero de capacidad de los sistemas principales",
  "Process owner training programme": "Programa de capacitación de responsables de proceso",
  "First continuity test of the registry service": "Primera prueba de continuidad del servicio de registro",
  "Complete the CMDB for critical services": "Completar la CMDB de los servicios críticos",
  "Document the SMS scope": "Documentar el alcance del SGS",
  // Training: the process leaders' courses
  "ISO/IEC 20000 Foundation": "Fundamentos de ISO/IEC 20000",
  "ITIL 4 Foundation": "Fundamentos de ITIL 4",
  "ISO/IEC 20000-1 internal auditor": "Auditor interno ISO/IEC 20000-1",
  "Change and release management": "Gestión de cambios y liberaciones",
  "Service level management": "Gestión de niveles de servicio",
  "Incident and problem management": "Gestión de incidentes y problemas",
  "Agile service management": "Gestión ágil del servicio",
};

/** Corrective actions are named after their finding: "Correct: <finding, lower case first>". */
const CORRECT_PREFIX = "Correct: ";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A sample text in Spanish; any other cell as it is. */
export function spanishSampleCell(cell: Cell): Cell {
  if (typeof cell !== "string") return cell;
  const direct = TEXTS[cell];
  if (direct !== undefined) return direct;
  if (cell.startsWith(CORRECT_PREFIX)) {
    const rest = cell.slice(CORRECT_PREFIX.length);
    const finding = TEXTS[rest.charAt(0).toUpperCase() + rest.slice(1)];
    if (finding !== undefined) return `Corregir: ${lowerFirst(finding)}`;
  }
  return cell;
}

/** The sample's sheets with their texts in Spanish (headers and enumerated values are the template's job). */
export function spanishSample<S extends { readonly name: string; readonly rows: readonly (readonly Cell[])[] }>(
  sheets: readonly S[],
): S[] {
  return sheets.map((s) => ({ ...s, rows: s.rows.map((row, r) => (r === 0 ? row : row.map(spanishSampleCell))) }));
}

/** Every English text this table translates (for the test that the Spanish sample has none left). */
export const SAMPLE_ENGLISH_TEXTS: readonly string[] = Object.keys(TEXTS);
