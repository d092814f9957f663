// Small inputs of our own for issue 13's tests (the example's board ids change in this round).
export const PLAN = `kind: municipality
municipalities: [Koskela]
period: {start: 2027, end: 2030}
themes:
  harrastukset: Harrastukset
vision: Jokainen lapsi tulee kuulluksi.
sections:
  wellbeing_status: Lapset voivat pääosin hyvin.
  prevention: Neuvola ja koulut.
  cooperation: Yhteistyöryhmä kokoontuu.
  implementation: Seuranta vuosittain.
`;

export const BOARD_A = `board:
  id: opetus
  name: Opetuslautakunta
contact:
  role: lautakunnan sihteeri
  email: sihteeri@koskela.example
submitted: 2026-09-20
swot:
  strengths:
    - Koulut ovat lähellä kotia.
    - id: kerhot
      text: Kerhotoimintaa on joka koulussa.
      theme: harrastukset
  weaknesses:
    - Oppilashuoltoon jonotetaan.
vision: Jokainen oppilas saa tukea ajoissa.
goals:
  - id: tuki
    title: Tuki ajoissa
    actions:
      - text: Kuraattori jokaiseen kouluun
        due: 2028
`;

export const BOARD_B = `board:
  id: vapaa
  name: Vapaa-aikalautakunta
swot:
  strengths:
    - Kerhotoimintaa on joka koulussa.
  threats:
    - Nuorisotilat sulkeutuvat.
`;

export const MEETING = `date: 2026-11-18
start: "17:00"
place: Valtuustosali
boards: [opetus, vapaa]
sections:
  opetus: 40
  vapaa: 12
`;

export function workspaceFiles(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'plan.yaml': PLAN,
    'boards/opetus.yaml': BOARD_A,
    'boards/vapaa.yaml': BOARD_B,
    'meeting.yaml': MEETING,
    ...extra,
  };
}
