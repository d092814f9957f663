// Headings of the legal sections, Child Welfare Act 417/2007, 12 § (SPEC 4), per document language.
// Finnish: the wording of SPEC 4, after the act. Swedish: after Barnskyddslagen 12 §.
import type { Lang, SectionId } from './types.js';

export const SECTION_HEADINGS: Record<Lang, Record<SectionId, string>> = {
  fi: {
    wellbeing_status: 'Lasten ja nuorten kasvuolot ja hyvinvoinnin tila',
    prevention: 'Hyvinvointia edistävät ja ongelmia ehkäisevät toimet ja palvelut',
    child_welfare_need: 'Lastensuojelun tarve',
    child_welfare_resources: 'Lastensuojeluun varattavat voimavarat',
    child_welfare_services: 'Lastensuojelun palvelujärjestelmä',
    cooperation: 'Yhteistyön järjestäminen',
    implementation: 'Suunnitelman toteuttaminen ja seuranta',
  },
  sv: {
    // Barnskyddslagen 12 § 1 mom. 1–7 punkten, as Finlex words the items (checked against
    // municipal plans that quote them): the noun phrases of the act, capitalised as headings.
    wellbeing_status: 'Barns och unga personers uppväxtförhållanden och välfärdssituation',
    prevention: 'Åtgärder och tjänster som främjar barns och unga personers välfärd och förebygger problem',
    child_welfare_need: 'Behovet av barnskydd',
    child_welfare_resources: 'Resurser som ska reserveras för barnskyddet',
    child_welfare_services: 'Servicesystemet inom barnskyddet',
    cooperation: 'Ordnande av samarbete',
    implementation: 'Genomförandet och uppföljningen av planen',
  },
  en: {
    wellbeing_status: 'Growth environment and wellbeing of children and young people',
    prevention: 'Measures and services that promote wellbeing and prevent problems',
    child_welfare_need: 'Need for child welfare',
    child_welfare_resources: 'Resources allocated to child welfare',
    child_welfare_services: 'Child welfare service system',
    cooperation: 'Organisation of cooperation',
    implementation: 'Implementation and monitoring of the plan',
  },
};
