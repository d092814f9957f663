// Finnish document labels: the reference catalogue. Its keys define `LabelKey`; sv.ts and en.ts
// are typed `Record<LabelKey, string>`, so a key missing (or extra) in either fails typecheck
// (issue 6). Placeholders are `{name}`; labels are trusted text, never input.
export const fi = {
  // dates, times, numbers (format.ts)
  'date.format': '{d}.{m}.{y}',
  'date.weekdayDate': '{weekday} {date}',
  'date.months': 'tammikuu,helmikuu,maaliskuu,huhtikuu,toukokuu,kesäkuu,heinäkuu,elokuu,syyskuu,lokakuu,marraskuu,joulukuu',
  'date.weekdays': 'sunnuntai,maanantai,tiistai,keskiviikko,torstai,perjantai,lauantai',
  'time.format': '{h}.{mm}',
  'time.range': 'klo {start}–{end}',
  'time.start': 'klo {start}',
  'number.decimal': ',',
  'number.group': '\u00a0',
  'number.minus': '\u2212',
  'list.and': 'ja',

  // the HTML page (html.ts)
  'page.skip': 'Siirry sisältöön',
  'page.toc': 'Sisällysluettelo',
  'page.state.draft': 'Luonnos',
  'page.state.proposal': 'Ehdotus',
  'page.state.approved': 'Hyväksytty',
  'page.stateDate': '{state} {date}',
  'swot.matrix': 'SWOT-nelikenttä',
  'swot.appendix': 'Liite: SWOT-kohdat lautakunnittain',
  'swot.matrixNote': 'Kohtien lautakunnat, teemat ja huomautukset ovat liitteessä {appendix}.',

  // plan: front matter
  'plan.defaultTitle': 'Lasten ja nuorten hyvinvointisuunnitelma {start}–{end}',
  'plan.municipality': 'Kunta',
  'plan.municipalities': 'Kunnat',
  'plan.county': 'Hyvinvointialue',
  'plan.period': 'Suunnitelmakausi',
  'plan.kind': 'Suunnitelman laji',
  'plan.kind.municipality': 'kunnan suunnitelma',
  'plan.kind.county': 'hyvinvointialueen suunnitelma',
  'plan.kind.joint': 'kuntien ja hyvinvointialueen yhteinen suunnitelma',
  'plan.approvedCouncil': 'Hyväksytty valtuustossa',
  'plan.approvedBoards': 'Käsitelty lautakunnissa',

  // plan: summary
  'summary.heading': 'Tiivistelmä',
  'summary.boards': 'Lautakuntia {count}, joista aineistonsa on toimittanut {submitted}.',
  'summary.swot': 'SWOT-analyysissä on {count} kohtaa:',
  'summary.shared': 'Useamman lautakunnan yhteisiä kohtia on {count}.',
  'summary.goals': 'Toimenpideohjelmassa on {goals} tavoitetta ja {actions} toimenpidettä.',
  'summary.visionAdopted': 'Yhteinen visio on hyväksytty.',
  'summary.visionMissing': 'Yhteistä visiota ei ole vielä hyväksytty; lautakuntien ehdotuksia on {count}.',
  'summary.sections': 'Lakisääteisistä osioista on kirjoitettu {written}/{required}.',

  // plan: vision
  'vision.heading': 'Visio',
  'vision.missing': 'Yhteistä visiota ei ole vielä hyväksytty. Lautakuntien visioehdotukset:',
  'vision.none': 'Visioehdotuksia ei ole.',
  'vision.proposals': 'Lautakuntien visioehdotukset',

  // plan: SWOT
  'swot.heading': 'Yhdistetty SWOT-analyysi',
  'swot.intro': 'Lautakuntien SWOT-analyysit yhdistettyinä. Kunkin kohdan perässä ovat lautakunnat, jotka sen esittivät.',
  'swot.shared': 'Yhteinen',
  'swot.sharedCount': '{count} lautakuntaa',
  'swot.legend': 'kohta, jonka useampi lautakunta on esittänyt',
  'swot.strengths': 'Vahvuudet',
  'swot.weaknesses': 'Heikkoudet',
  'swot.opportunities': 'Mahdollisuudet',
  'swot.threats': 'Uhat',
  'swot.empty': 'Ei kohtia.',
  'swot.theme': 'teema',
  'swot.note': 'huom.',

  // plan: legal sections
  'section.missing': 'Tämän osion sisältö puuttuu vielä.',

  // plan: indicators
  'indicators.heading': 'Hyvinvointi-indikaattorit',
  'indicators.indicator': 'Indikaattori',
  'indicators.unit': 'Yksikkö',
  'indicators.source': 'Lähde',
  'indicators.trend': 'Kehitys',
  'indicators.none': 'Indikaattoritietoja ei ole.',
  'indicators.trendAlt': '{title}: {direction}, {firstYear} {first} → {lastYear} {last}',
  'indicators.up': 'nousu',
  'indicators.down': 'lasku',
  'indicators.flat': 'ennallaan',

  // plan: action plan
  'actions.heading': 'Toimenpideohjelma',
  'actions.goal': 'Tavoite',
  'actions.action': 'Toimenpide',
  'actions.responsible': 'Vastuutaho',
  'actions.due': 'Aikataulu',
  'actions.indicator': 'Mittari',
  'actions.boards': 'Ehdottaneet lautakunnat',
  'actions.none': 'Toimenpide-ehdotuksia ei ole.',

  // plan: steering group and board inputs
  'steering.heading': 'Ohjausryhmä',
  'steering.role': 'Rooli',
  'steering.name': 'Nimi',
  'steering.organisation': 'Organisaatio',
  'steering.none': 'Ohjausryhmän kokoonpanoa ei ole kirjattu.',
  'inputs.heading': 'Lautakuntien aineistot',
  'inputs.board': 'Lautakunta',
  'inputs.municipality': 'Kunta',
  'inputs.contact': 'Yhteyshenkilö',
  'inputs.submitted': 'Toimitettu',
  'inputs.notSubmitted': 'ei vielä toimitettu',

  // agenda: front matter
  'agenda.document': 'Esityslista',
  'agenda.jointTitle': '{boards} yhteinen kokous',
  'agenda.singleTitle': '{board} kokous',
  'agenda.listTitle': 'Yhteinen kokous: {boards}',
  'agenda.time': 'Aika',
  'agenda.place': 'Paikka',
  'agenda.boards': 'Lautakunnat',
  'agenda.chair': 'Puheenjohtaja',
  'agenda.secretary': 'Sihteeri',
  'agenda.items': 'Käsiteltävät asiat',
  'agenda.section': '{board} {number} §',
  'agenda.preparer': 'Valmistelija',
  'agenda.presenter': 'Esittelijä',
  'agenda.proposal': 'Päätösehdotus',
  'agenda.handledBy': 'Käsittelee',

  // agenda: standard items (Finnish municipal practice)
  'item.opening': 'Kokouksen avaus',
  'item.opening.text': 'Puheenjohtaja avaa kokouksen.',
  'item.lawfulness': 'Laillisuus ja päätösvaltaisuus',
  'item.lawfulness.text': 'Toimielin on päätösvaltainen, kun enemmän kuin puolet sen jäsenistä on läsnä (kuntalaki 410/2015, 103 §). Päätösvaltaisuus todetaan kunkin lautakunnan osalta erikseen.',
  'item.lawfulness.proposal': 'Kokous todetaan laillisesti koolle kutsutuksi ja kukin lautakunta päätösvaltaiseksi.',
  'item.checkers': 'Pöytäkirjantarkastajien valinta',
  'item.checkers.proposal': 'Kukin lautakunta valitsee kaksi pöytäkirjantarkastajaa, jotka toimivat tarvittaessa myös ääntenlaskijoina.',
  'item.order': 'Työjärjestyksen hyväksyminen',
  'item.order.proposal': 'Esityslista hyväksytään kokouksen työjärjestykseksi.',
  'item.swot.text': 'Ohjausryhmä esittelee lautakuntien työpajoissa laaditut SWOT-analyysit yhdistettyinä. Analyysissä on {count} kohtaa, joista {shared} on useamman lautakunnan yhteisiä.',
  'item.swot.proposal': 'Yhdistetty SWOT-analyysi merkitään tiedoksi.',
  'item.vision': 'Yhteinen visio',
  'item.vision.text': 'Ohjausryhmä esittää suunnitelman yhteiseksi visioksi:',
  'item.vision.proposal': 'Lautakunnat hyväksyvät osaltaan yhteisen vision.',
  'item.vision.missingText': 'Yhteistä visiota ei ole vielä muotoiltu. Lautakunnat ovat ehdottaneet:',
  'item.vision.missingProposal': 'Lautakunnat keskustelevat visioehdotuksista ja antavat ohjausryhmälle evästyksensä yhteisen vision muotoilemiseksi.',
  'item.plan': 'Lasten ja nuorten hyvinvointisuunnitelma {start}–{end}',
  'item.plan.text': 'Lastensuojelulain (417/2007) 12 §:n mukaan kunnan tai useamman kunnan yhdessä on laadittava lasten ja nuorten hyvinvoinnin edistämistä sekä lastensuojelun järjestämistä ja kehittämistä koskeva suunnitelma. Suunnitelma hyväksytään valtuustossa, otetaan huomioon talousarviota ja -suunnitelmaa laadittaessa ja tarkistetaan vähintään kerran neljässä vuodessa. Suunnitelma on valmisteltu lautakuntien yhteistyönä.',
  'item.plan.proposal': 'Kukin lautakunta hyväksyy osaltaan lasten ja nuorten hyvinvointisuunnitelman {start}–{end} ja saattaa sen valtuuston hyväksyttäväksi.',
  'item.closing': 'Kokouksen päättäminen',
  'item.closing.text': 'Puheenjohtaja päättää kokouksen.',

  // agenda: appeal instructions (Kuntalaki 410/2015, 134–136 §)
  'appeal.heading': 'Muutoksenhakuohjeet',
  'appeal.prohibition': 'Muutoksenhakukielto',
  'appeal.prohibition.text': 'Päätöksestä, joka koskee vain asian valmistelua tai täytäntöönpanoa, ei saa tehdä oikaisuvaatimusta eikä kunnallisvalitusta (kuntalaki 410/2015, 136 §).',
  'appeal.rectification': 'Oikaisuvaatimusohje',
  'appeal.rectification.text': 'Muuhun päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimus tehdään päätöksen tehneelle lautakunnalle 14 päivän kuluessa päätöksen tiedoksisaannista (kuntalaki 410/2015, 134 ja 135 §). Oikaisuvaatimuksen saa tehdä asianosainen ja kunnan jäsen.',
  'appeal.appliesTo': 'Koskee asiakohtia {items}.',

  // agenda.ics
  'ics.agenda': 'Esityslista',
} as const satisfies Record<string, string>;

export type LabelKey = keyof typeof fi;
