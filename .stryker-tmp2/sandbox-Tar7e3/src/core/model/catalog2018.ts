/**
 * ISO/IEC 20000-1:2018 as data: clauses 4-10, the processes of clause 8, service reporting
 * (9.4) and improvement (10). Each process carries the team of the 2011 process it continues,
 * so the PDCA stages keep the paper's logic; docs/catalogs.md gives the reasons row by row.
 */
// @ts-nocheck

import { type Catalog, TEAMS_2011 } from "./catalog";

export const ISO20000_2018: Catalog = {
  id: "ISO/IEC 20000-1:2018",
  title: "ISO/IEC 20000-1:2018 Service management system requirements",
  teams: TEAMS_2011,
  processes: [
    { code: "4", name: "Context of the organization", nameEs: "Contexto de la organización", clause: "4", team: "SMR" },
    { code: "5", name: "Leadership", nameEs: "Liderazgo", clause: "5", team: "SMR" },
    { code: "6", name: "Planning", nameEs: "Planificación", clause: "6", team: "SMR" },
    { code: "7", name: "Support of the SMS", nameEs: "Apoyo al SGS", clause: "7", team: "SMR" },
    {
      code: "8.1",
      name: "Operational planning and control",
      nameEs: "Planificación y control operacional",
      clause: "8",
      team: "SMR",
    },
    { code: "8.2.1", name: "Service delivery", nameEs: "Prestación del servicio", clause: "8", team: "O&R" },
    { code: "8.2.2", name: "Plan the services", nameEs: "Planificación de los servicios", clause: "8", team: "D&T" },
    {
      code: "8.2.3",
      name: "Control of parties involved in the service lifecycle",
      nameEs: "Control de las partes involucradas en el ciclo de vida del servicio",
      clause: "8",
      team: "D&T",
    },
    {
      code: "8.2.4",
      name: "Service catalogue management",
      nameEs: "Gestión del catálogo de servicios",
      clause: "8",
      team: "S&C",
    },
    { code: "8.2.5", name: "Asset management", nameEs: "Gestión de activos", clause: "8", team: "O&R" },
    {
      code: "8.2.6",
      name: "Configuration management",
      nameEs: "Gestión de la configuración",
      clause: "8",
      team: "O&R",
    },
    {
      code: "8.3.2",
      name: "Business relationship management",
      nameEs: "Gestión de las relaciones con el negocio",
      clause: "8",
      team: "S&C",
    },
    {
      code: "8.3.3",
      name: "Service level management",
      nameEs: "Gestión de niveles de servicio",
      clause: "8",
      team: "S&C",
    },
    { code: "8.3.4", name: "Supplier management", nameEs: "Gestión de proveedores", clause: "8", team: "D&T" },
    {
      code: "8.4.1",
      name: "Budgeting and accounting for services",
      nameEs: "Presupuesto y contabilidad de los servicios",
      clause: "8",
      team: "D&T",
    },
    { code: "8.4.2", name: "Demand management", nameEs: "Gestión de la demanda", clause: "8", team: "D&T" },
    { code: "8.4.3", name: "Capacity management", nameEs: "Gestión de la capacidad", clause: "8", team: "D&T" },
    { code: "8.5.1", name: "Change management", nameEs: "Gestión de cambios", clause: "8", team: "O&R" },
    {
      code: "8.5.2",
      name: "Service design and transition",
      nameEs: "Diseño y transición del servicio",
      clause: "8",
      team: "D&T",
    },
    {
      code: "8.5.3",
      name: "Release and deployment management",
      nameEs: "Gestión de liberaciones y despliegues",
      clause: "8",
      team: "O&R",
    },
    { code: "8.6.1", name: "Incident management", nameEs: "Gestión de incidentes", clause: "8", team: "O&R" },
    {
      code: "8.6.2",
      name: "Service request management",
      nameEs: "Gestión de solicitudes de servicio",
      clause: "8",
      team: "O&R",
    },
    { code: "8.6.3", name: "Problem management", nameEs: "Gestión de problemas", clause: "8", team: "O&R" },
    {
      code: "8.7.1",
      name: "Service availability management",
      nameEs: "Gestión de la disponibilidad del servicio",
      clause: "8",
      team: "S&C",
    },
    {
      code: "8.7.2",
      name: "Service continuity management",
      nameEs: "Gestión de la continuidad del servicio",
      clause: "8",
      team: "S&C",
    },
    {
      code: "8.7.3",
      name: "Information security management",
      nameEs: "Gestión de la seguridad de la información",
      clause: "8",
      team: "S&C",
    },
    { code: "9", name: "Performance evaluation", nameEs: "Evaluación del desempeño", clause: "9", team: "SMR" },
    { code: "9.4", name: "Service reporting", nameEs: "Informes del servicio", clause: "9", team: "S&C" },
    { code: "10", name: "Improvement", nameEs: "Mejora", clause: "10", team: "SMR" },
  ],
};
