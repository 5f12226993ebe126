/**
 * Seed guides for the KOV-wide intranet (KOV-ülene siseveeb) of the
 * Association of Estonian Cities and Municipalities (ELVL).
 *
 * Written for this project from public, well-known facts (laws, the E-ITS
 * standard, RIA and state guidance, ELVL's 2023 digital action plan). The
 * "Näidisvald" case studies are clearly hypothetical. No statistics or quotes
 * are invented; where a rule may change (deadlines, thresholds), the text
 * points the reader to the current source instead of quoting a figure.
 */
import type { GuideSeed } from './types';

/** Markdown body exactly as written, without the leading and trailing line breaks. */
const text = (strings: TemplateStringsArray): string => strings.join('').trim();

export const seedGuides: GuideSeed[] = [
  // -------------------------------------------------------------------------
  // Küberturvalisus ja E-ITS
  // -------------------------------------------------------------------------
  {
    key: 'e-its-samm-sammult',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST', 'LEADERSHIP'],
    topics: ['cyber-security', 'e-its/ISMS', 'e-its/ISMS.1'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'e-its-rakendamine-kovis-samm-sammult',
      title: 'E-ITS rakendamine KOVis samm-sammult',
      summary:
        'Praktiline teekaart Eesti infoturbestandardi (E-ITS) rakendamiseks vallas või linnas: kust alustada, keda kaasata ja kuidas jõuda auditini. Küberturvalisus on juhtimisküsimus, mitte ainult IT-spetsialisti mure.',
      body: text`
## Miks ja kellele

E-ITS ehk Eesti infoturbestandard on küberturvalisuse seaduse alusel kohustuslik riigi- ja kohaliku omavalitsuse asutustele. Nõuded kehtestab Vabariigi Valitsuse 9. detsembri 2022. a määrus nr 121 „Võrgu- ja infosüsteemide küberturvalisuse nõuded“, standard ise koos juhenditega on avaldatud E-ITS portaalis (eits.ria.ee). E-ITS põhineb Saksamaa BSI IT-Grundschutz metoodikal, on ülesehituselt sarnane ISO/IEC 27001-ga ja asendas varasema ISKE.

KOVi jaoks tähendab see, et infoturvet tuleb korraldada juhtimissüsteemina: on vastutaja, hinnatud riskid, valitud meetmed, regulaarne kontroll ja pidev parendamine.

## Sammud

1. **Juhtkonna otsus ja vastutaja.** Vallavanem või linnapea kinnitab E-ITS rakendamise eesmärgi, ulatuse ja eelarve ning määrab infoturbe eest vastutava isiku. Väikeses vallas võib see olla osalise koormusega roll või naabervallaga jagatud teenus.
2. **Ulatuse määramine.** Otsusta, kas alustad ametiasutusest või hõlmad kohe ka hallatavad asutused (koolid, lasteaiad, raamatukogud, kultuurimajad).
3. **Protsesside ja varade kaardistus.** Pane kirja põhiprotsessid (nt sotsiaaltoetuste menetlus, ehituslubade menetlus, dokumendihaldus, palgaarvestus) ning neid toetavad infosüsteemid, pilveteenused, serverid, võrguseadmed ja ruumid.
4. **Kaitsetarbe määramine.** Hinda iga protsessi puhul, milline oleks kahju, kui rikutakse käideldavust, terviklust või konfidentsiaalsust. Sotsiaalvaldkonna isikuandmeid töötlevad protsessid on tavaliselt kõrgema kaitsetarbega.
5. **Modelleerimine.** Seo varadega sobivad E-ITS moodulid, näiteks ISMS.1, ORP.4, CON.3, OPS.1.1.5, NET.3.2 ja APP.3.1.
6. **Vastavuse kontroll ja riskianalüüs.** Võrdle tegelikku olukorda moodulite meetmetega. Alusta põhimeetmetest, seejärel võta ette standardmeetmed; kõrgmeetmeid rakenda seal, kus kaitsetarve on kõrge.
7. **Rakendusplaan.** Koosta tegevuskava vastutajate, tähtaegade ja eelarvega. Esimesed prioriteedid on tavaliselt varundus, kontode ja õiguste haldus, tarkvarauuendused ning logimine.
8. **Kontroll ja audit.** Tee siseauditeid ja valmistu E-ITS vastavusauditiks (vt juhend „E-ITS auditi tellimine“).

## Praktilised nõuanded

- Ära kirjuta dokumente sahtlisse: iga kord ja poliitika peab olema seotud tegeliku tööga.
- Kaasa teenuseomanikud – nemad teavad, milline katkestus on talumatu ja milline talutav.
- Kasuta ELVLi E-ITS mentorvõrgustikku ja RIA veebiseminare, et mitte kõike ise välja mõelda.
- Dokumenteeri ka see, miks mõni meede jäeti rakendamata ja millise jääkriski juhtkond teadlikult aktsepteeris.

## Kuidas edu mõõta

- infoturbe vastutaja on määratud ja tal on rolli täitmiseks aega;
- protsesside ja varade nimekiri on ajakohane;
- põhimeetmete rakendusplaan on kinnitatud ja selle täitmist jälgitakse vähemalt kord kvartalis;
- juhtkond vaatab infoturbe seisu üle vähemalt kord aastas ja otsustab järgmised sammud.
`,
    },
    en: {
      slug: 'implementing-e-its-in-a-local-government-step-by-step',
      title: 'Implementing E-ITS in a local government step by step',
      summary:
        'A practical roadmap for implementing the Estonian Information Security Standard (E-ITS) in a rural municipality or city: where to start, whom to involve and how to get to the audit. Cyber security is a management issue, not just a worry for the IT specialist.',
      body: text`
## Why and for whom

E-ITS, the Estonian Information Security Standard (Eesti infoturbestandard), is mandatory for state and local government authorities under the Cybersecurity Act. The requirements are set by Government Regulation No. 121 of 9 December 2022, "Cybersecurity requirements for network and information systems"; the standard itself and its guidance are published on the E-ITS portal (eits.ria.ee). E-ITS is based on the German BSI IT-Grundschutz methodology, is structured similarly to ISO/IEC 27001 and replaced the earlier ISKE.

For a local government this means that information security has to be run as a management system: there is a person responsible, assessed risks, selected measures, regular checks and continuous improvement.

## Steps

1. **Management decision and a responsible person.** The mayor confirms the goal, scope and budget of the E-ITS implementation and appoints a person responsible for information security. In a small municipality this can be a part-time role or a service shared with a neighbouring municipality.
2. **Define the scope.** Decide whether to start with the municipal administration or to include the institutions it runs (schools, kindergartens, libraries, cultural centres) from the outset.
3. **Map processes and assets.** List the core processes (e.g. handling social benefits, building permits, records management, payroll) and the information systems, cloud services, servers, network devices and premises that support them.
4. **Determine protection needs.** For each process, assess the damage if availability, integrity or confidentiality were breached. Social welfare processes that handle personal data usually have higher protection needs.
5. **Modelling.** Link suitable E-ITS modules to the assets, for example ISMS.1, ORP.4, CON.3, OPS.1.1.5, NET.3.2 and APP.3.1.
6. **Compliance check and risk analysis.** Compare the actual situation with the measures in the modules. Start with the basic measures, then take on the standard measures; apply the high measures where protection needs are high.
7. **Implementation plan.** Draw up an action plan with owners, deadlines and a budget. The first priorities are usually backups, account and access management, software updates and logging.
8. **Review and audit.** Carry out internal audits and prepare for the E-ITS compliance audit (see the guide on commissioning an E-ITS audit).

## Practical advice

- Do not write documents for the drawer: every procedure and policy must be tied to real work.
- Involve the service owners – they know which outage is unbearable and which is tolerable.
- Use ELVL's E-ITS mentor network and RIA's webinars so that you do not have to work everything out yourself.
- Also document why a measure was not implemented and which residual risk management consciously accepted.

## How to measure success

- a person responsible for information security has been appointed and has time for the role;
- the list of processes and assets is up to date;
- the implementation plan for the basic measures has been approved and its progress is reviewed at least quarterly;
- management reviews the state of information security at least once a year and decides on the next steps.
`,
    },
  },
  {
    key: 'e-its-auditi-tellimine',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['LEADERSHIP', 'IT_SPECIALIST'],
    topics: ['cyber-security', 'it-management', 'e-its/ISMS', 'e-its/ISMS.1'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'e-its-auditi-tellimine',
      title: 'E-ITS auditi tellimine: juhend KOVile',
      summary:
        'Kuidas valmistuda E-ITS vastavusauditiks, koostada hanke lähteülesanne, valida sõltumatu audiitor ja kasutada auditi tulemusi infoturbe parendamiseks.',
      body: text`
## Millal ja miks audit on vajalik

E-ITS ehk Eesti infoturbestandard eeldab, et rakendatud meetmete vastavust kontrollib sõltumatu audiitor. Auditi sagedus ja ulatus tulenevad Vabariigi Valitsuse määrusest nr 121 ja E-ITS portaalis avaldatud auditijuhendist: audititsükkel on sõltuvalt turbetasemest kahe- või kolmeaastane ning koosneb põhiauditist ja vajadusel järelauditist. Kontrolli enne hanget kehtivaid nõudeid alati portaalist eits.ria.ee, sest need võivad muutuda.

Audit ei ole eksam, vaid juhtkonnale sõltumatu hinnang: kas valla või linna infoturbe haldussüsteem töötab ja kus on suurimad riskid.

## Ettevalmistus enne hanget

- **Ulatus.** Määra, milliseid asutusi, protsesse ja infosüsteeme audit hõlmab. Ulatus peab kattuma E-ITS rakendamise ulatusega.
- **Dokumendid.** Pane valmis infoturbepoliitika, protsesside ja varade nimekiri, kaitsetarbe hinnang, modelleerimise tulemus, riskianalüüs, rakendusplaan ja meetmete rakendamise ülevaade.
- **Inimesed.** Lepi kokku kontaktisik ning kes osalevad intervjuudel (IT, teenuseomanikud, personal, juhtkond, lepingupartnerid).
- **Aeg.** Väldi auditit puhkuste ja eelarve koostamise ajal; arvesta, et leidude parandamiseks kulub aega.

## Hanke lähteülesanne

1. Kirjelda asutust, ulatust, kasutatavaid pilve- ja majutusteenuseid ning lepingupartnereid.
2. Nõua, et audiitor vastaks E-ITS auditijuhendis audiitorile seatud nõuetele, ja küsi tõendeid (sertifikaadid, varasemad E-ITS või ISO/IEC 27001 auditid).
3. Nõua sõltumatust: audiitor ega tema ettevõte ei tohi olla sama süsteemi juurutanud ega seda hallata.
4. Määra tulemus: auditiaruanne koos leidude olulisuse hinnangu ja soovitustega ning lõppkoosolek juhtkonnaga.
5. Lisa konfidentsiaalsusnõuded: auditi materjalid ja aruanne on avaliku teabe seaduse alusel asutusesiseseks kasutamiseks.
6. Küsi hinnapakkumuses eraldi põhiauditi, järelauditi ja võimalike lisapäevade hind.

Hankemenetlus vali asutuse hankekorra ja riigihangete seaduse piirmäärade järgi. Mitu KOVi võib korraldada ühishanke – see vähendab halduskoormust ja annab parema hinna.

## Auditi käik ja järeltegevused

- avakoosolek, dokumentide ülevaatus, intervjuud ja tehnilised kontrollid;
- lõppkoosolek, kus audiitor tutvustab esialgseid leide;
- aruande saamisel koosta leidude parandusplaan vastutajate ja tähtaegadega;
- esita auditi tulemused neile, kellele õigusaktid seda nõuavad, ja tutvusta neid juhtkonnale;
- jälgi parandusplaani täitmist ning kasuta leide järgmise aasta infoturbe eelarve planeerimisel.

Kui soovid leide teiste KOVidega anonüümselt jagada, tee seda ELVLi E-ITS mentorvõrgustiku kaudu.
`,
    },
  },
  {
    key: 'e-its-mentorvorgustik',
    kind: 'DOCUMENTATION',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST', 'LEADERSHIP'],
    topics: ['cyber-security', 'e-its/ISMS'],
    owner: 'ELVL',
    activities: [4, 6],
    et: {
      slug: 'e-its-mentorvorgustik-tugi-kovilt-kovile',
      title: 'E-ITS mentorvõrgustik: tugi KOVilt KOVile',
      summary:
        'ELVLi koordineeritav võrgustik, kus kogenud KOVide spetsialistid aitavad teisi omavalitsusi E-ITS rakendamisel. Küberturvalisus paraneb kiiremini, kui kogemusi jagatakse.',
      body: text`
## Mis on mentorvõrgustik

E-ITS mentorvõrgustik on ELVLi digipöörde tegevuskava osa, mille eesmärk on pakkuda kohalikele omavalitsustele tuge Eesti infoturbestandardi (E-ITS) rakendamisel põhimõttel „KOVilt KOVile“. Mentorid on omavalitsuste IT- ja infoturbespetsialistid, kes on E-ITS rakendamisega oma asutuses juba kaugemale jõudnud ning on valmis oma kogemust jagama.

Võrgustikku toetavad veebiseminarid, mida ELVL korraldab koostöös Riigi Infosüsteemi Ametiga (RIA), ning KOV-ülene siseveeb, kuhu kogutakse juhendeid, malle ja parimaid praktikaid.

## Millega mentor aitab

- E-ITS rakendamise alustamine: ulatuse valik, rollid, esimesed sammud;
- protsesside ja varade kaardistuse ning kaitsetarbe hindamise läbiarutamine;
- moodulite valik ja tüüpilised meetmed KOVi taristus (kontod, varundus, võrk, pilveteenused);
- dokumentide näidised ja kogemused, mis on teistes KOVides töötanud;
- auditiks valmistumine ja leidude parandusplaani koostamine.

**Millega mentor ei tegele:**

- Mentor ei tee KOVi eest tööd ära ega koosta dokumente tema nimel.
- Mentor ei ole audiitor ega anna vastavuse kohta ametlikku hinnangut.
- Mentor ei vastuta KOVi otsuste eest – otsustab alati omavalitsuse juhtkond.

## Kuidas tuge saada

1. Kirjuta ELVLi infoturbe kontaktile ja kirjelda lühidalt oma olukorda: asutuse suurus, IT korraldus (oma spetsialist või lepingupartner), E-ITS rakendamise seis ja peamised küsimused.
2. ELVL leiab sobiva mentori, arvestades piirkonda, KOVi suurust ja teemat.
3. Esimene kohtumine toimub tavaliselt veebis; selle käigus lepitakse kokku järgmised sammud ja suhtluse rütm.
4. Üldisemad küsimused tasub tuua KOV IT-võrgustiku seminaridele, kus neist saavad kasu ka teised.

## Konfidentsiaalsus

Mentoriga jagatud info KOVi turvameetmete ja nõrkuste kohta on asutusesiseseks kasutamiseks mõeldud teave. Mentor ei jaga seda kolmandate isikutega ning kasutab seda üksnes nõustamiseks. Näiteid ja kogemuslugusid jagatakse siseveebis ja seminaridel ainult anonüümitult ning KOVi nõusolekul.

## Kuidas mentoriks hakata

Kui sinu omavalitsus on E-ITS rakendamisega hästi edenenud, anna ELVLile teada. Mentoritele korraldatakse sissejuhatav kohtumine ja regulaarseid kogemuste vahetamise kohtumisi.
`,
    },
  },
  {
    key: 'iske-e-its-uleminek',
    kind: 'HOW_TO',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/ISMS', 'e-its/ISMS.1'],
    owner: 'RIA',
    activities: [4],
    et: {
      slug: 'iske-lt-e-its-ile-uleminek',
      title: 'ISKE-lt E-ITSile üleminek: mida saab kasutada ja mida tuleb uuesti teha',
      summary:
        'Kuidas kasutada varasema ISKE dokumentatsiooni E-ITS rakendamisel ning millised tööd tuleb Eesti infoturbestandardi järgi uuesti teha. Kontrollnimekiri KOVi IT-spetsialistile.',
      body: text`
## Taust

ISKE (infosüsteemide kolmeastmeline etalonturbe süsteem) oli aastaid avaliku sektori infoturbe alus. Selle õiguslik alus lõppes 2023. aasta alguses ning asendajaks on E-ITS ehk Eesti infoturbestandard. ISKE järgi ei tehta enam uusi auditeid; varem tehtud ISKE auditi tulemusele saab tugineda kuni selle kehtivuse lõpuni. Paljudes KOVides on ISKE dokumentatsioon olemas, kuid seda ei ole järgitud – üleminek on hea võimalus alustada puhtalt lehelt, kasutades ära seda, mis on endiselt õige.

## Mis on E-ITSis teisiti

- E-ITS käsitleb kogu organisatsiooni infoturbe haldussüsteemi, mitte üksikute andmekogude turbeklasse.
- Kaitsetarvet hinnatakse äriprotsesside kaupa ning see kandub edasi protsesse toetavatele varadele.
- Meetmed on jaotatud moodulitesse (nt ISMS, ORP, CON, OPS, DER, NET, SYS, APP) ning moodulites põhi-, standard- ja kõrgmeetmeteks.
- Oluline osa on riskianalüüsil ja juhtkonna teadlikul otsusel jääkriskide kohta.

## Mida ISKE materjalidest kasutada

- **Andmekogude ja infosüsteemide nimekiri** – hea lähtekoht varade kaardistusele, kuid kontrolli, et see on ajakohane ja sisaldab ka pilveteenuseid.
- **Turvaklassid (K, T, S)** – annavad vihje käideldavuse, tervikluse ja konfidentsiaalsuse kaitsetarbe kohta. E-ITSis hinnatakse kaitsetarvet protsessi tasandil uuesti, kuid varasem hinnang aitab arutelu kiirendada.
- **Kord ja juhendid** – varundus-, kasutajahalduse ja intsidentide käsitlemise kord võivad sobida, kui need on ajakohased ja neid ka tegelikult järgitakse.
- **Varasema auditi leiud** – näitavad, kus on kroonilised probleemid.

## Mida tuleb uuesti teha

1. Määra E-ITS rakendamise ulatus ja vastutajad juhtkonna otsusega.
2. Kaardista äriprotsessid ja seo need varadega.
3. Hinda kaitsetarvet protsesside kaupa.
4. Modelleeri: vali iga vara jaoks E-ITS moodulid.
5. Tee vastavuse kontroll ja riskianalüüs.
6. Koosta rakendusplaan ja tutvusta seda juhtkonnale.

## Levinud vead

- ISKE meetmete mehaaniline „ümbertõstmine“ E-ITS moodulitesse ilma olukorda uuesti hindamata.
- Hallatavate asutuste (koolid, lasteaiad) unustamine, kuigi nende võrgud ja kontod on sageli seotud vallavalitsuse taristuga.
- Pilveteenuste (nt e-post ja dokumentide koostöö) väljajätmine, sest ISKE ajal neid veel ei kasutatud.
- Eeldus, et üleminek on IT-projekt. Tegelikult on vaja teenuseomanike ja juhtkonna osalust.

Abi saamiseks pöördu ELVLi E-ITS mentorvõrgustiku poole või jälgi RIA korraldatavaid veebiseminare.
`,
    },
  },
  {
    key: 'varundamine-ja-taastamine',
    kind: 'BEST_PRACTICE',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/CON', 'e-its/CON.3', 'e-its/OPS', 'e-its/DER.4'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'varundamine-ja-taastamine-kovis',
      title: 'Varundamine ja taastamine KOVis (E-ITS CON.3)',
      summary:
        'Hea tava, kuidas korraldada valla või linna andmete varundamine nii, et ka lunavararünnaku või riistvararikke järel saab teenused kokkulepitud aja jooksul taastada.',
      body: text`
## Miks varundus on esimene prioriteet

Lunavararünnak, ekslikult kustutatud kaust või rikkis kõvaketas võivad peatada sotsiaaltoetuste menetluse, dokumendihalduse või palgaarvestuse. Eesti infoturbestandardis (E-ITS) käsitleb varundust moodul CON.3 „Andmevarunduse kontseptsioon“, igapäevast käitu OPS-grupi moodulid ja ulatuslikumat taastamist DER.4 „Avariihaldus“. Varundus on kasulik ainult siis, kui andmed on ka tegelikult taastatavad.

## Varunduskontseptsioon

Koosta lühike varunduskontseptsioon, mis vastab küsimustele:

- **Mida varundatakse?** Serverid, andmebaasid, failikaustad, pilveteenuste andmed (e-post, dokumentide koostöö), võrguseadmete ja X-tee turvaserveri seadistused.
- **Kui palju andmeid tohib kaduda (RPO)?** Lepi see kokku teenuseomanikuga. Dokumendihalduses võib see olla mõni tund, veebilehe sisul üks päev.
- **Kui kiiresti peab teenus taastuma (RTO)?** Näiteks palgaarvestus enne palgapäeva, toetuste menetlus mõne tööpäeva jooksul.
- **Kus koopiaid hoitakse ja kui kaua?** Arvesta dokumentide säilitustähtaegade ja isikuandmete kaitse nõuetega.
- **Kes vastutab?** Nii varunduse tegemise kui ka taastetestide eest peab olema nimeline vastutaja.

## Tehniline hea tava

- Järgi reeglit 3-2-1: vähemalt kolm koopiat, kahel erineval andmekandjal, üks neist teises asukohas.
- Hoia vähemalt üks koopia muutumatuna (immutable) või võrgust lahutatuna, et ründaja ei saaks seda krüpteerida ega kustutada.
- Varunduslahendus ei tohi kasutada sama domeeni administraatorikontot kui ülejäänud taristu. Kasuta eraldi kontosid ja mitmikautentimist.
- Krüpteeri varukoopiad, mis liiguvad väljapoole asutust, ja hoia krüptovõtmeid eraldi.
- Pilveteenuse puhul loe lepingut: teenusepakkuja tagab üldjuhul platvormi käideldavuse, kuid mitte alati sinu andmete pikaajalist varundust.
- Jälgi varundustööde õnnestumist iga päev ja reageeri vigadele kohe.

## Taastamine ja testimine

1. Kirjuta iga kriitilise süsteemi jaoks taastamisjuhend, mida suudab järgida ka asendaja.
2. Tee taastetest vähemalt kord poolaastas: taasta testkeskkonda üks server või andmebaas ja kontrolli andmete terviklust koos teenuseomanikuga.
3. Harjuta kord aastas laiemat stsenaariumi, näiteks „kõik serverid on krüpteeritud“ – kui kaua võtaks taastamine päriselt aega?
4. Dokumenteeri testide tulemused; need on tõendiks ka E-ITS auditil.

## Kontrollküsimused juhtkonnale

- Millal viimati tõestati, et kriitilised andmed on taastatavad?
- Kas vähemalt üks varukoopia on ründaja eest kaitstud?
- Kas taastamisajad on teenuseomanikega kokku lepitud ja realistlikud?
`,
    },
    en: {
      slug: 'backup-and-recovery-in-local-government',
      title: 'Backup and recovery in local government (E-ITS CON.3)',
      summary:
        'Good practice for organising backups of a municipality’s data so that services can be restored within the agreed time even after a ransomware attack or hardware failure.',
      body: text`
## Why backup is the first priority

A ransomware attack, a folder deleted by mistake or a failed hard drive can stop the handling of social benefits, records management or payroll. In the Estonian Information Security Standard (E-ITS, Eesti infoturbestandard), backup is covered by module CON.3 "Data backup concept", day-to-day operations by the modules of the OPS group and wider recovery by DER.4 "Business continuity / emergency management". A backup is only useful if the data can actually be restored.

## Backup concept

Write a short backup concept that answers these questions:

- **What is backed up?** Servers, databases, file shares, data in cloud services (e-mail, document collaboration), and the configuration of network devices and the X-tee security server.
- **How much data may be lost (RPO)?** Agree this with the service owner. For records management it may be a few hours, for website content one day.
- **How fast must the service recover (RTO)?** For example payroll before pay day, benefit processing within a few working days.
- **Where are copies kept and for how long?** Take into account document retention periods and personal data protection requirements.
- **Who is responsible?** There must be a named person responsible both for running backups and for restore tests.

## Technical good practice

- Follow the 3-2-1 rule: at least three copies, on two different media, one of them in another location.
- Keep at least one copy immutable or disconnected from the network so that an attacker cannot encrypt or delete it.
- The backup solution must not use the same domain administrator account as the rest of the infrastructure. Use separate accounts and multi-factor authentication.
- Encrypt backups that leave the organisation and keep the encryption keys separately.
- For cloud services, read the contract: the provider usually guarantees the availability of the platform, but not always long-term backup of your data.
- Check every day that backup jobs succeeded and react to errors immediately.

## Recovery and testing

1. Write a recovery guide for each critical system that a deputy can also follow.
2. Run a restore test at least every six months: restore one server or database to a test environment and check data integrity together with the service owner.
3. Once a year, rehearse a wider scenario such as "all servers are encrypted" – how long would recovery really take?
4. Document the test results; they also serve as evidence in the E-ITS audit.

## Questions for management

- When was it last proven that critical data can be restored?
- Is at least one backup copy protected from an attacker?
- Have recovery times been agreed with the service owners, and are they realistic?
`,
    },
  },
  {
    key: 'turvaintsidentide-kasitlus',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST', 'LEADERSHIP'],
    topics: ['cyber-security', 'e-its/DER', 'e-its/DER.2.1'],
    owner: 'RIA',
    activities: [4],
    et: {
      slug: 'turvaintsidentide-kasitlus-ja-teavitamine',
      title: 'Turvaintsidentide käsitlus ja teavitamine CERT-EE-le (E-ITS DER.2.1)',
      summary:
        'Küberturvalisus tähendab ka valmisolekut: kuidas KOV avastab intsidendi, piirab kahju, teavitab RIA-t (CERT-EE) ja vajadusel Andmekaitse Inspektsiooni ning õpib juhtunust.',
      body: text`
## Mis on turvaintsident

Turvaintsident on sündmus, mis ohustab teabe või infosüsteemi käideldavust, terviklust või konfidentsiaalsust: õngitsuskirja kaudu varastatud parool, pahavara tööjaamas, lunavara, ummistusrünnak valla veebilehe vastu, kadunud sülearvuti või ekslikult valele adressaadile saadetud isikuandmed. Eesti infoturbestandardis (E-ITS) käsitleb intsidentide haldust moodul DER.2.1 „Turvaintsidentide käsitlus“.

## Valmisolek enne intsidenti

- Kinnita intsidentide käsitlemise kord: rollid, kontaktid, otsustusõigus (nt kes tohib süsteemi võrgust lahti ühendada).
- Hoia kontaktide nimekiri ka paberil või väljaspool asutuse võrku – rünnaku ajal ei pruugi e-post töötada.
- Lepi IT-lepingupartneriga kokku reageerimisajad ja kättesaadavus väljaspool tööaega.
- Tutvusta töötajatele, kuidas ja kellele kahtlasest olukorrast kohe teada anda.

## Käsitlemise etapid

1. **Tuvastamine ja registreerimine.** Pane kirja aeg, teataja, mõjutatud süsteemid ja esmased tähelepanekud.
2. **Hindamine.** Kui suur on mõju teenustele ja andmetele? Kas puudutatud on isikuandmed?
3. **Ohjeldamine.** Isoleeri nakatunud seadmed, blokeeri ohustatud kontod, vaheta paroolid. Ära kustuta tõendeid: säilita logid ja võimalusel mälu- ning kettatõmmised.
4. **Kõrvaldamine ja taastamine.** Eemalda ründe põhjus, taasta süsteemid puhastest varukoopiatest ja jälgi neid tõhustatult.
5. **Õppetunnid.** Tee kahe nädala jooksul lühike kokkuvõte: mis juhtus, mis töötas, mida muuta.

## Kellele ja millal teatada

- **RIA (CERT-EE).** Küberturvalisuse seaduse kohaselt peavad riigiasutused ja kohalikud omavalitsused olulise mõjuga küberintsidendist RIA-le teatama viivitamata. Täpsemad tähtajad ja kriteeriumid kontrolli seaduse kehtivast redaktsioonist. Üksikasjaliku teate saab esitada keskkonnas raport.cert.ee, lihtsa teate e-postiga aadressile cert@cert.ee. CERT-EE nõustab ka väiksemate intsidentide korral.
- **Andmekaitse Inspektsioon.** Isikuandmetega seotud rikkumisest tuleb isikuandmete kaitse üldmääruse (artikkel 33) kohaselt teatada 72 tunni jooksul, kui rikkumine tõenäoliselt ohustab inimeste õigusi. Suure riski korral teavita ka inimesi endid.
- **Politsei.** Kui kahtlustad kuritegu (nt väljapressimine, pettus), pöördu politseisse.
- **Juhtkond ja kommunikatsioon.** Vallavanem või linnapea peab teadma olulistest intsidentidest kohe; avalikkuse teavitamine käib kokkulepitud kommunikatsiooni kaudu.

## Pärast intsidenti

Uuenda riskianalüüsi ja rakendusplaani, täienda töötajate koolitust ning jaga anonüümitud õppetunde KOV IT-võrgustikus, et ka teised saaksid sarnast olukorda ennetada.
`,
    },
    en: {
      slug: 'security-incident-handling-and-reporting',
      title: 'Security incident handling and reporting to CERT-EE (E-ITS DER.2.1)',
      summary:
        'Cyber security also means being prepared: how a local government detects an incident, limits the damage, notifies RIA (CERT-EE) and, where needed, the Data Protection Inspectorate, and learns from what happened.',
      body: text`
## What is a security incident

A security incident is an event that threatens the availability, integrity or confidentiality of information or an information system: a password stolen through a phishing e-mail, malware on a workstation, ransomware, a denial-of-service attack against the municipality's website, a lost laptop or personal data sent to the wrong recipient by mistake. In the Estonian Information Security Standard (E-ITS, Eesti infoturbestandard), incident management is covered by module DER.2.1 "Security incident handling".

## Preparedness before an incident

- Approve an incident handling procedure: roles, contacts, decision rights (e.g. who may disconnect a system from the network).
- Keep the contact list on paper or outside the organisation's network as well – during an attack e-mail may not work.
- Agree response times and out-of-hours availability with your IT contractor.
- Show employees how, and to whom, to report a suspicious situation immediately.

## Stages of handling

1. **Detection and registration.** Record the time, the reporter, the affected systems and first observations.
2. **Assessment.** How big is the impact on services and data? Is personal data affected?
3. **Containment.** Isolate infected devices, block compromised accounts, change passwords. Do not destroy evidence: keep logs and, where possible, memory and disk images.
4. **Eradication and recovery.** Remove the cause of the attack, restore systems from clean backups and monitor them closely.
5. **Lessons learned.** Within two weeks, write a short summary: what happened, what worked, what to change.

## Whom to notify and when

- **RIA (CERT-EE).** Under the Cybersecurity Act, state authorities and local governments must notify RIA without delay of a cyber incident with significant impact. Check the exact deadlines and criteria in the current version of the Act. A detailed report can be submitted at raport.cert.ee, a simple notification by e-mail to cert@cert.ee. CERT-EE also advises on smaller incidents.
- **Data Protection Inspectorate.** Under the General Data Protection Regulation (Article 33), a personal data breach must be reported within 72 hours if it is likely to put people's rights at risk. Where the risk is high, inform the people concerned as well.
- **Police.** If you suspect a crime (e.g. extortion or fraud), contact the police.
- **Management and communication.** The mayor must know about significant incidents immediately; the public is informed through the agreed communication channel.

## After the incident

Update the risk analysis and the implementation plan, add to staff training and share anonymised lessons learned in the local government IT network so that others can prevent a similar situation.
`,
    },
  },
  {
    key: 'intsidendi-teavitamise-vorm',
    kind: 'TEMPLATE',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST', 'EVERYONE'],
    topics: ['cyber-security', 'e-its/DER', 'e-its/DER.2.1'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'turvaintsidendi-teavitamise-vorm',
      title: 'Turvaintsidendi teavitamise vorm (mall)',
      summary:
        'Kohandatav vorm, millega KOVi töötaja või IT-spetsialist registreerib turvaintsidendi ja kogub info, mida on vaja RIA (CERT-EE) ja Andmekaitse Inspektsiooni teavitamiseks.',
      body: text`
## Kasutamine

Mall on mõeldud valla või linna sisemiseks kasutamiseks. Küberturvalisus sõltub sellest, kui kiiresti kahtlasest olukorrast teada antakse, seetõttu peab vormi esimene osa olema nii lihtne, et iga töötaja saab selle mõne minutiga täita. Teise osa täidab IT-spetsialist või infoturbe vastutaja. Vorm toetab Eesti infoturbestandardi (E-ITS) mooduli DER.2.1 nõudeid. Kohanda välju oma asutuse korra järgi ja hoia täidetud vorme asutusesiseseks kasutamiseks.

Vormi võib täita paberil, e-kirjana või asutuse tööhaldussüsteemis. Oluline on, et iga teade saab registrinumbri ja et hiljem on näha, millal keegi midagi otsustas. Täidetud vorm on ka sisend intsidendi kokkuvõttele ja töötajate koolitusele.

## 1. osa – teataja (täidab iga töötaja)

- **Teataja nimi, ametikoht ja telefon:**
- **Millal probleemi märkasid (kuupäev, kellaaeg)?**
- **Mis juhtus?** Kirjelda oma sõnadega, näiteks: „avasin arve manuse ja arvuti hakkas aeglaseks“, „sisestasin parooli lehele, mis nägi välja nagu Microsofti sisselogimine“, „sülearvuti jäi bussi“.
- **Millist seadet või süsteemi see puudutab?** (tööjaam, telefon, e-post, dokumendihaldus, muu)
- **Kas tegid juba midagi?** (nt tõmbasin võrgukaabli välja, vahetasin parooli)
- **Kas asjas võib olla isikuandmeid?** jah / ei / ei tea

Pärast 1. osa täitmist helista kohe IT-toele; ära oota vastust e-kirjale.

## 2. osa – hindamine (täidab IT või infoturbe vastutaja)

- **Intsidendi number registris:**
- **Avastamise viis:** töötaja teade / viirusetõrje / logiteavitus / lepingupartneri või CERT-EE teade
- **Säilitatud tõendid:** logid, kahtlane e-kiri koos päistega, ekraanipildid, seadme tõmmis
- **Liik:** õngitsus / pahavara / lunavara / konto ülevõtmine / ummistusrünnak / andmete kadu või leke / seadme kadumine / muu
- **Mõjutatud teenused ja infosüsteemid:**
- **Mõju:** madal / keskmine / kõrge; põhjendus
- **Mõjutatud andmed ja inimeste ligikaudne arv:**
- **Rakendatud ohjeldamismeetmed ja aeg:**
- **Kas kahtlustatakse kuritegu?** jah / ei

## 3. osa – teavitamine

| Adressaat | Vajalik? | Aeg | Kes teavitas | Viide |
|---|---|---|---|---|
| Juhtkond (vallavanem või linnapea) | | | | |
| RIA (CERT-EE), raport.cert.ee või cert@cert.ee | | | | |
| Andmekaitse Inspektsioon (72 h) | | | | |
| Mõjutatud isikud | | | | |
| Politsei | | | | |
| IT-lepingupartner | | | | |

## 4. osa – lõpetamine

- **Intsidendi lõpetamise aeg:**
- **Põhjus (juurpõhjus):**
- **Õppetunnid ja parendusmeetmed, vastutajad ja tähtajad:**
- **Kinnitanud (infoturbe vastutaja):**
`,
    },
  },
  {
    key: 'intsidendi-kontaktide-nimekiri',
    kind: 'TEMPLATE',
    visibility: 'INTERNAL',
    audience: ['IT_SPECIALIST', 'LEADERSHIP'],
    topics: ['cyber-security', 'e-its/DER', 'e-its/DER.2.1'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'elvl-intsidendi-kontaktide-nimekiri',
      title: 'ELVLi küberintsidendi kontaktide nimekiri (mall)',
      summary:
        'ELVLi sisene mall kontaktidest, kellega intsidendi korral kohe ühendust võtta, sest küberturvalisus sõltub kiirest reageerimisest. Nimed ja numbrid täidab ELVLi infoturbe spetsialist.',
      body: text`
## Eesmärk ja kasutus

See leht on ELVLi sisene. Küberintsidendi korral – näiteks kui siseveeb, e-post või mõni digipöörde tegevusega seotud süsteem on rünnaku all – peab iga ELVLi töötaja teadma, kellele kohe helistada. Nimekiri toetab Eesti infoturbestandardi (E-ITS) mooduli DER.2.1 nõuet, et kontaktid oleksid kokku lepitud ja kättesaadavad.

Hoia nimekirja väljatrükki ka paberil ja telefonis väljaspool ELVLi võrku. Nurksulgudes väljad täidab ELVLi infoturbe spetsialist.

Nimekirja kasutatakse koos intsidentide käsitlemise korraga: esimesena teavitatakse infoturbe spetsialisti, kes otsustab edasise teavitamise. Kui infoturbe spetsialist ega tema asendaja ei vasta poole tunni jooksul, teavitatakse tegevdirektorit.

## ELVLi sisesed kontaktid

| Roll | Nimi | Telefon | Asendaja |
|---|---|---|---|
| Infoturbe spetsialist (intsidendi juht) | [nimi] | [telefon] | [asendaja] |
| Tegevdirektor (otsused, avalikkuse teavitamine) | [nimi] | [telefon] | [asendaja] |
| IT-teenuse lepingupartner (tööaeg ja valve) | [ettevõte, kontakt] | [telefon] | [valvetelefon] |
| Kommunikatsioon | [nimi] | [telefon] | [asendaja] |
| Andmekaitse eest vastutaja | [nimi] | [telefon] | [asendaja] |

## Välised kontaktid

| Asutus | Millal | Kontakt |
|---|---|---|
| RIA (CERT-EE) | oluline küberintsident, nõu küsimine | raport.cert.ee, cert@cert.ee, +372 663 0299 |
| Andmekaitse Inspektsioon | isikuandmetega seotud rikkumine (72 tunni jooksul) | aki.ee teavitusvorm |
| Politsei | kahtlus kuriteole (väljapressimine, pettus) | 112 kiire ohu korral, muidu politsei veebivorm |
| Siseveebi majutuse ja arenduse partner | siseveebi tõrge või rünnak | [ettevõte, kontakt] |
| VOLISe teenusepakkuja | VOLISega seotud intsident | [kontakt lepingust] |

Enne kasutamist kontrolli väliste kontaktide ajakohasust asutuste veebilehtedelt.

## Kui KOV teatab ELVLile intsidendist

KOVid võivad ELVLi teavitada intsidendist, mis võib puudutada ka teisi omavalitsusi (nt ühise tarkvara haavatavus). Sel juhul:

1. Registreeri teade ja teavita infoturbe spetsialisti.
2. Ära jaga KOVi nime ega üksikasju ilma KOVi nõusolekuta.
3. Kui oht võib puudutada mitut KOVi, lepi CERT-EE-ga kokku, kes hoiatuse saadab.

## Ülevaatamine

- Nimekiri vaadatakse üle kord kvartalis ja pärast iga personalimuudatust.
- Ülevaatusel kontrollitakse proovikõnega, et telefoninumbrid vastavad, ning võrreldakse väliseid kontakte asutuste veebilehtedega.
- Viimane ülevaatus: [kuupäev], üle vaatas: [nimi].
`,
    },
  },
  {
    key: 'identiteedi-ja-oiguste-haldus',
    kind: 'BEST_PRACTICE',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/ORP', 'e-its/ORP.4'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'identiteedi-ja-oiguste-haldus-kovis',
      title: 'Identiteedi- ja õiguste haldus KOVis (E-ITS ORP.4)',
      summary:
        'Kuidas hallata valla või linna töötajate kontosid ja juurdepääsuõigusi kogu töösuhte vältel – alates tööle tulekust kuni lahkumiseni – ning kuidas vältida unustatud õigusi riiklikes registrites.',
      body: text`
## Miks see on oluline

Suur osa rünnakutest algab ülevõetud kasutajakontost. KOVis teeb olukorra keerulisemaks see, et töötajatel on lisaks asutuse kontodele ligipääs ka riiklikele infosüsteemidele: rahvastikuregister, sotsiaalteenuste ja -toetuste andmeregister (STAR), Eesti hariduse infosüsteem jt. Eesti infoturbestandardis (E-ITS) käsitleb seda moodul ORP.4 „Identiteedi- ja õiguste haldus“.

## Põhimõtted

- **Iga konto kuulub ühele inimesele.** Jagatud kontosid (nt „raamatupidamine“) ei kasutata; ühispostkastid antakse isiklike kontode kaudu.
- **Vähim vajalik õigus.** Õigused antakse rolli, mitte inimese soovi järgi.
- **Administraatoriõigused eraldi.** IT-spetsialistil on igapäevatööks tavakonto ja halduseks eraldi administraatorikonto, mida kasutatakse ainult haldustoiminguteks.
- **Tugev autentimine.** Kaugligipääsu, e-posti ja administraatorikontode puhul on mitmikautentimine kohustuslik; e-teenustes kasuta ID-kaarti, Mobiil-ID-d või Smart-ID-d (nt riigi autentimisteenuse TARA kaudu).

## Konto elukaar

1. **Tööle tulek.** Personalitöötaja või juht esitab taotluse, kus on ametikoht, vajalikud rollid ja tööle asumise kuupäev. IT loob konto alles siis, kui taotlus on kinnitatud.
2. **Ametikoha muutus.** Vanad õigused eemaldatakse samal ajal, kui uued antakse. Kõige sagedasem viga on õiguste kuhjumine aastate jooksul.
3. **Lahkumine.** Konto suletakse hiljemalt viimasel tööpäeval. Samal päeval eemaldatakse ligipääs riiklikele registritele, pilveteenustele ja ehitiste uksesüsteemidele.
4. **Pikaajaline eemalolek.** Lapsehoolduspuhkusel oleva töötaja konto lukustatakse ja avatakse naasmisel.

Kõige paremini töötab protsess siis, kui personaliarvestuse süsteem annab muudatustest IT-le automaatselt teada.

## Riiklikud registrid ja hallatavad asutused

- Pea arvestust, millistele riiklikele infosüsteemidele kellel ligipääs on ja kes on KOVi poolne õiguste taotleja.
- Kontrolli vähemalt kord aastas koos valdkonnajuhtidega, kas õigused on endiselt vajalikud.
- Koolide ja lasteaedade töötajate kontod on sageli samas kataloogis kui vallavalitsuse omad – kohalda neile samu reegleid.

## Regulaarne ülevaatus

- Privilegeeritud kontod: ülevaatus vähemalt kord kvartalis.
- Tavakontod ja rollid: ülevaatus vähemalt kord aastas.
- Teenuskontod: igal kontol on omanik, eesmärk ja tugev parool või võti; kasutamata kontod suletakse.
- Ülevaatuse tulemus dokumenteeritakse – see on tõend ka E-ITS auditil.
`,
    },
  },
  {
    key: 'infoturbe-teadlikkuse-koolitus',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['EVERYONE', 'LEADERSHIP'],
    topics: ['cyber-security', 'e-its/ORP', 'e-its/ORP.3'],
    owner: 'ELVL',
    activities: [2, 4],
    et: {
      slug: 'infoturbe-teadlikkuse-koolitus-tootajatele',
      title: 'Infoturbe teadlikkuse koolitus töötajatele (E-ITS ORP.3)',
      summary:
        'Kuidas korraldada valla või linna töötajatele regulaarne ja praktiline infoturbe koolitus, et küberturvalisus muutuks igapäevaseks harjumuseks, mitte aastaseks kohustuseks.',
      body: text`
## Miks koolitada

Õngitsuskirjad, võltsarved ja petukõned on suunatud inimestele, mitte tehnikale. Hästi seadistatud tulemüür ei aita, kui töötaja sisestab parooli võltsitud lehele. Eesti infoturbestandardi (E-ITS) moodul ORP.3 „Infoturbe teadlikkuse tõstmine ja koolitus“ nõuab, et töötajad teaksid oma rolli infoturbes ja et koolitust korraldataks süsteemselt.

## Koolituskava koostamine

1. **Sihtrühmad.** Kõik töötajad; uued töötajad; juhid; rollid, kelle töö on suurema riskiga (raamatupidamine, sotsiaaltöö, personalitöö, IT); volikogu liikmed, kes kasutavad VOLISt ja valla e-posti.
2. **Teemad.** Õngitsuse äratundmine, paroolid ja mitmikautentimine, isikuandmete käitlemine, turvaline kaugtöö, mobiilseadmed, intsidendist teatamine.
3. **Vormid.** Lühikesed e-kursused, 15–30-minutilised infotunnid, praktilised harjutused, meelespead ja regulaarsed lühiteated siseveebis.
4. **Rütm.** Sissejuhatav koolitus esimesel töönädalal, kõigile kord aastas värskendus ning lühiteemad kord kuus või kvartalis.

## Valmismaterjalid

- RIA pakub avaliku sektori töötajatele küberhügieeni e-kursust, mida saab kasutada baaskoolitusena.
- Digiriigi Akadeemia ja teised riigi kesksed koolitused – ELVL annab neist teada KOV IT-võrgustiku kaudu.
- CERT-EE hoiatused ja ülevaated aktuaalsetest pettustest sobivad hästi infotundide aineseks.
- KOV IT-võrgustiku seminaridel jagatud materjalid ja teiste KOVide kogemused, mida saab oma asutusele kohandada.

## Praktilised harjutused

- **Õngitsusharjutus.** Saada töötajatele ettevaatlikult koostatud testkiri ning näita klikkijatele kohe lühikest selgitust. Eesmärk on õppida, mitte kedagi häbistada. Lepi harjutus eelnevalt kokku juhtkonnaga.
- **Arvepettuse stsenaarium.** Raamatupidajatega läbi mängitud olukord, kus „tarnija“ teatab uuest pangakontost.
- **Lauaõppus juhtkonnaga.** Arutage, mida teete, kui valla veebileht on maas ja e-post ei tööta.

## Tulemuste mõõtmine ja juhi roll

- koolituse läbinute osakaal sihtrühmas;
- õngitsusharjutustes klikkijate ja teatajate osakaalu muutus ajas;
- töötajate teatatud kahtlaste kirjade arv – kasvav arv on hea märk;
- intsidentide analüüsist tulenevad uued koolitusteemad.

Juht annab eeskuju: läbib koolituse ise, räägib infoturbest koosolekutel ja tänab töötajaid, kes kahtlasest kirjast teada annavad – ka siis, kui see osutus ohutuks. Juhtkond vaatab koolituse tulemused üle koos muu infoturbe aruandlusega ja otsustab, millistele rollidele on järgmisel aastal vaja lisakoolitust.
`,
    },
  },
  {
    key: 'paroolipoliitika-ja-mitmikautentimine',
    kind: 'POLICY',
    visibility: 'PUBLIC',
    audience: ['EVERYONE', 'IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/ORP', 'e-its/ORP.4'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'paroolipoliitika-ja-mitmikautentimine',
      title: 'Paroolipoliitika ja mitmikautentimine (näidispoliitika KOVile)',
      summary:
        'Näidispoliitika, mille KOV saab kohandada oma paroolide ja mitmikautentimise nõueteks. Lähtub Eesti infoturbestandardi moodulist ORP.4 ja tänapäevasest heast tavast: pikk parool, mitte sage vahetus.',
      body: text`
## Eesmärk ja kehtivus

Poliitika eesmärk on kaitsta [valla/linna] kasutajakontosid ülevõtmise eest. Poliitika kehtib kõigile ametiasutuse ja hallatavate asutuste töötajatele, volikogu liikmetele asutuse süsteemides ning lepingupartneritele, kellel on ligipääs asutuse süsteemidele. Poliitika toetab E-ITS ehk Eesti infoturbestandardi mooduli ORP.4 „Identiteedi- ja õiguste haldus“ nõudeid.

## Paroolinõuded

1. Tavakasutaja parool on vähemalt 12 tähemärki pikk; administraatori- ja teenuskontode parool vähemalt 16 tähemärki.
2. Soovitame kasutada paroolifraasi – mitmest sõnast koosnevat lauset, mida on lihtne meelde jätta ja raske ära arvata.
3. Parooli ei pea vahetama kindla aja tagant. Parool vahetatakse kohe, kui on kahtlus, et see on lekkinud.
4. Süsteem keelab levinud ja varasemates lekkides avaldatud paroolid ning valla nime või kasutajanime sisaldavad paroolid.
5. Sama parooli ei kasutata tööl ja erakontodel ega mitmes tööga seotud süsteemis.
6. Paroole ei jagata kellegagi, ka mitte IT-toega. IT-tugi ei küsi kunagi kasutaja parooli.
7. Paroolide hoidmiseks kasutatakse asutuse heakskiidetud paroolihaldurit; paberil või krüpteerimata failis paroole ei hoita.
8. Korduvate ebaõnnestunud sisselogimiste korral sisselogimine aeglustatakse või konto lukustatakse ajutiselt.

## Mitmikautentimine

Mitmikautentimine (MFA) on kohustuslik:

- e-postile ja dokumentide koostöö pilveteenustele ligipääsul väljastpoolt asutuse võrku;
- kaugligipääsul (VPN, kaugtöölaud);
- kõigil administraatorikontodel ja pilveteenuste halduskonsoolides;
- süsteemides, kus töödeldakse eriliigilisi isikuandmeid (nt sotsiaalvaldkond).

Eelistatud on õngitsuskindlad lahendused: ID-kaart, FIDO2-turvavõti või pääsuvõti. Autentimisrakenduse kasutamisel lülitatakse sisse numbri sobitamine, et vältida pimesi kinnitamist. SMS-koodi kasutatakse ainult siis, kui muud võimalust ei ole. Elanikele suunatud e-teenustes kasutatakse riigi autentimisteenuse TARA kaudu ID-kaarti, Mobiil-ID-d või Smart-ID-d.

## Rollid ja erandid

- IT-spetsialist seadistab süsteemid poliitikale vastavaks ja kontrollib seda vähemalt kord aastas.
- Töötaja vastutab oma paroolide ja autentimisvahendite hoidmise eest ning teatab nende kadumisest kohe.
- Erandi poliitikast (nt vana süsteem, mis MFA-d ei toeta) kinnitab infoturbe vastutaja kirjalikult koos kompenseerivate meetmete ja tähtajaga.

## Ülevaatamine

Poliitika vaadatakse üle kord aastas või pärast olulist intsidenti. Kinnitatud: [kuupäev, kinnitaja].
`,
    },
    en: {
      slug: 'password-policy-and-multi-factor-authentication',
      title: 'Password policy and multi-factor authentication (model policy for local governments)',
      summary:
        'A model policy that a local government can adapt as its password and multi-factor authentication requirements. Based on module ORP.4 of the Estonian Information Security Standard and current good practice: long passwords rather than frequent changes.',
      body: text`
## Purpose and scope

The purpose of this policy is to protect the user accounts of [municipality/city] from takeover. The policy applies to all employees of the municipal administration and the institutions it runs, to council members using the organisation's systems and to contractors who have access to the organisation's systems. The policy supports the requirements of module ORP.4 "Identity and access management" of E-ITS, the Estonian Information Security Standard (Eesti infoturbestandard).

## Password requirements

1. A regular user's password is at least 12 characters long; the password of administrator and service accounts at least 16 characters.
2. We recommend a passphrase – a sentence of several words that is easy to remember and hard to guess.
3. Passwords do not have to be changed at fixed intervals. A password is changed immediately if there is a suspicion that it has leaked.
4. The system rejects common passwords, passwords published in earlier breaches and passwords containing the municipality's name or the user name.
5. The same password is not used for work and private accounts or in several work systems.
6. Passwords are not shared with anyone, not even IT support. IT support will never ask for a user's password.
7. Passwords are stored in a password manager approved by the organisation; passwords are not kept on paper or in an unencrypted file.
8. After repeated failed logins, sign-in is slowed down or the account is temporarily locked.

## Multi-factor authentication

Multi-factor authentication (MFA) is mandatory:

- for access to e-mail and document collaboration cloud services from outside the organisation's network;
- for remote access (VPN, remote desktop);
- for all administrator accounts and in the admin consoles of cloud services;
- in systems that process special categories of personal data (e.g. social welfare).

Phishing-resistant methods are preferred: the ID card, a FIDO2 security key or a passkey. When an authenticator app is used, number matching is switched on to prevent blind approval. SMS codes are used only when there is no other option. E-services for residents use the ID card, Mobile-ID or Smart-ID through the state authentication service TARA.

## Roles and exceptions

- The IT specialist configures the systems in line with this policy and checks compliance at least once a year.
- Employees are responsible for keeping their passwords and authentication devices safe and report their loss immediately.
- An exception to this policy (e.g. a legacy system that does not support MFA) is approved in writing by the person responsible for information security, together with compensating measures and a deadline.

## Review

The policy is reviewed once a year or after a significant incident. Approved: [date, approver].
`,
    },
  },
  {
    key: 'tulemuur-ja-vorgu-segmenteerimine',
    kind: 'BEST_PRACTICE',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/NET', 'e-its/NET.3.2'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'tulemuur-ja-vorgu-segmenteerimine',
      title: 'Tulemüür ja võrgu segmenteerimine KOVis (E-ITS NET.3.2)',
      summary:
        'Praktiline kontrollnimekiri valla või linna võrgu jagamiseks tsoonideks ja tulemüürireeglite haldamiseks, et üks nakatunud seade ei ohustaks kogu asutust.',
      body: text`
## Miks segmenteerida

Paljudes KOVides on vallamaja, kooli, raamatukogu ja külalisvõrgu seadmed ajalooliselt ühes lamedas võrgus. Sellises võrgus pääseb pahavara nakatunud tööjaamast otse serveritesse ja varundussüsteemi. Segmenteerimine ja hästi hallatud tulemüür piiravad kahju ulatust. Eesti infoturbestandardis (E-ITS) käsitleb tulemüüri moodul NET.3.2 „Tulemüür“, võrgu ülesehitust NET-grupi teised moodulid.

## Soovitatavad tsoonid

- **Haldusvõrk** – võrguseadmete, serverite ja virtualiseerimise halduspordid; ligipääs ainult IT-administraatoritele.
- **Serverid** – failiserver, dokumendihaldus, andmebaasid.
- **Tööjaamad** – ametiasutuse töötajad.
- **Avalikud teenused (DMZ)** – veebiserverid, X-tee turvaserver, kaugligipääsu lüüs.
- **Printerid ja multifunktsionaalsed seadmed.**
- **Hoonete tehnosüsteemid** – videovalve, läbipääsusüsteemid, küte ja ventilatsioon; neid ei tohi olla võimalik tööjaamadest hallata.
- **Koolide õppevõrk** – õpilaste ja õppeseadmete võrk eraldi vallavalitsuse võrgust.
- **Külaliste Wi-Fi** – ainult internetiühendus, ligipääs sisevõrku puudub.

Alusta kõige suurema kasu andvatest eraldustest: külalisvõrk, tehnosüsteemid, koolide õppevõrk ja haldusvõrk.

## Tulemüürireeglite hea tava

1. Vaikimisi keelatud: lubatud on ainult see, mis on põhjendatud ja dokumenteeritud.
2. Igal reeglil on kirjeldus, omanik, põhjus ja vajadusel lõpptähtaeg.
3. Reegleid ei looda „ajutiselt kõik lubatud“ kujul. Kui ajutine reegel on vajalik, pannakse sellele aegumise kuupäev.
4. Väljuv liiklus on samuti piiratud – serverid ei pea pääsema suvalistele aadressidele internetis.
5. Tulemüüri haldusliides ei ole internetist ligipääsetav; haldus käib haldusvõrgust ja mitmikautentimisega.
6. Reeglistik vaadatakse üle vähemalt kaks korda aastas ning kasutamata reeglid eemaldatakse.
7. Tulemüüri tarkvara uuendatakse regulaarselt; kriitilised turvauuendused paigaldatakse kiiresti.
8. Tulemüüri logid saadetakse kesksesse logihaldusesse (vt juhend „Logimine ja logide haldus“).

## Muudatuste haldus

- Reeglimuudatus tehakse taotluse alusel ja see registreeritakse.
- Enne muudatust tehakse seadistusest varukoopia.
- Suuremad muudatused tehakse kokkulepitud hooldusaknas ja neist teavitatakse kasutajaid.

## Kontrollnimekiri

- [ ] Võrgujoonis on ajakohane ja näitab tsoone ning nendevahelisi ühendusi.
- [ ] Külalisvõrgust ei pääse sisevõrku.
- [ ] Tehnosüsteemid ja koolide õppevõrk on eraldatud.
- [ ] Haldusliidesed pole tööjaamade võrgust ega internetist kättesaadavad.
- [ ] Viimane reeglistiku ülevaatus on tehtud ja dokumenteeritud.
`,
    },
  },
  {
    key: 'x-tee-turvaserveri-haldus',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'data', 'e-its/SYS', 'e-its/SYS.EE.1', 'e-its/APP.EE.1'],
    owner: 'RIA',
    activities: [4, 5],
    et: {
      slug: 'x-tee-turvaserveri-haldus',
      title: 'X-tee turvaserveri haldus (E-ITS SYS.EE.1)',
      summary:
        'Korraliste haldustoimingute nimekiri KOVile, kelle infosüsteemid vahetavad andmeid X-tee kaudu: uuendused, sertifikaadid, varundus, ligipääsuõigused ja seire.',
      body: text`
## X-tee ja KOV

X-tee on Eesti riigi infosüsteemide turvalise andmevahetuse kiht, mille keskseid komponente haldab Riigi Infosüsteemi Amet (RIA). KOVi infosüsteemid kasutavad X-teed näiteks rahvastikuregistri päringuteks ning sotsiaalvaldkonna registrite ja dokumendihalduse liidestes. Iga X-tee liikme andmevahetus käib läbi turvaserveri: see võib olla KOVi enda hallatav või teenusepakkuja juures majutatud. Eesti infoturbestandardis (E-ITS) on turvaserveri jaoks eraldi Eesti-spetsiifiline moodul SYS.EE.1 „X-tee turvaserver“; X-tee kaudu pakutavaid teenuseid käsitleb moodul APP.EE.1.

## Vastutus

- Määra turvaserveri tehniline haldaja ja asendaja ning hoia nende kontaktid RIA-s ajakohasena.
- Kui turvaserverit majutab partner, kirjuta lepingusse, kes teeb uuendused, kes jälgib sertifikaate ja kui kiiresti reageeritakse tõrgetele.
- KOVi poolt kinnitab teenuste ligipääsuõigusi sisuline vastutaja (andmekogu või teenuse omanik), mitte ainult IT.

## Korralised toimingud

1. **Tarkvarauuendused.** Hoia turvaserver toetatud versioonil ja jälgi RIA teateid uute versioonide ja toe lõppemise kohta. Uuenda ka operatsioonisüsteemi.
2. **Sertifikaadid.** Jälgi autentimis- ja allkirjastamissertifikaatide kehtivust ning alusta uuendamist aegsasti enne aegumist. Aegunud sertifikaat peatab andmevahetuse.
3. **Ajasünkroonimine.** Turvaserveri kell peab olema NTP abil täpne; ajanihe põhjustab tõrkeid.
4. **Varundus.** Kasuta turvaserveri sisseehitatud varundusfunktsiooni, hoia varukoopiaid väljaspool serverit ja kaitse neid, sest need sisaldavad võtmeid ja seadistust. Harjuta taastamist.
5. **Sõnumilogi.** Veendu, et sõnumilogi arhiveeritakse ja säilitatakse kokkulepitud aja jooksul ning kontrolli, et kettaruum ei saa otsa.
6. **Ligipääsuõigused.** Vaata vähemalt kord aastas üle, millised liikmed ja alamsüsteemid tohivad sinu teenuseid kasutada. Eemalda õigused, mida enam ei vajata.
7. **Kasutajad ja haldusliides.** Haldusliides on ligipääsetav ainult haldusvõrgust; igal administraatoril on isiklik konto; rollid jaotatakse vähima õiguse põhimõttel.
8. **Seire.** Jälgi serveri kättesaadavust, kettaruumi, sertifikaatide aegumist ja päringute vigu. Kasuta X-tee keskkonna- ja operatiivseire võimalusi.

## Võrk ja turve

- Paiguta turvaserver eraldi tsooni (DMZ) ja ava tulemüüris ainult X-tee dokumentatsioonis nõutud ühendused.
- Infosüsteemi ja turvaserveri vaheline ühendus peab olema krüpteeritud ja autenditud.
- Turvaserverisse ei paigaldata muud tarkvara.

## Kui midagi läheb valesti

Pöördu RIA X-tee kasutajatoe poole ja teavita oma teenuste kasutajaid. Kui kahtlustad turvaintsidenti (nt võtmete lekkimine), käsitle seda turvaintsidendina ja teavita CERT-EE-d.
`,
    },
  },
  {
    key: 'pilveteenuste-kasutamine',
    kind: 'BEST_PRACTICE',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST', 'LEADERSHIP'],
    topics: ['cyber-security', 'it-management', 'e-its/OPS', 'e-its/OPS.2.2'],
    owner: '0624',
    activities: [4],
    et: {
      slug: 'pilveteenuste-turvaline-kasutamine-kovis',
      title: 'Pilveteenuste turvaline kasutamine KOVis (E-ITS OPS.2.2)',
      summary:
        'Hea tava pilveteenuste valimiseks, lepingustamiseks ja seadistamiseks omavalitsuses: andmete asukoht, jagatud vastutus, väljumisplaan ja turvaline seadistus.',
      body: text`
## Pilv ei võta vastutust ära

E-post, dokumentide koostöö, raamatupidamine, dokumendihaldus ja veebilehed töötavad KOVides üha sagedamini pilvteenusena. See vähendab serverite haldamise koormust, kuid vastutus andmete ja teenuse eest jääb omavalitsusele. Eesti infoturbestandardis (E-ITS) käsitleb seda moodul OPS.2.2 „Pilvteenuste kasutamine“.

## Enne valikut

1. **Kirjelda vajadus ja andmed.** Milliseid andmeid teenuses töödeldakse? Kas seal on isikuandmeid, eriliigilisi isikuandmeid või asutusesiseseks kasutamiseks mõeldud teavet?
2. **Hinda kaitsetarvet.** Seo pilveteenus E-ITS kaitsetarbe hinnanguga: mida tähendaks selle teenuse katkestus või andmeleke?
3. **Jagatud vastutus.** Tee kirjalikult selgeks, mille eest vastutab teenusepakkuja (platvorm, füüsiline turve) ja mille eest KOV (kasutajad, õigused, seadistus, andmete varundus, logide jälgimine).
4. **Andmete asukoht.** Eelista andmete töötlemist Euroopa Liidus või Euroopa Majanduspiirkonnas ning kontrolli alltöötlejate nimekirja.

## Lepingus peab olema

- isikuandmete töötlemise leping (isikuandmete kaitse üldmääruse artikkel 28);
- teenustaseme kokkulepe: käideldavus, tugi, reageerimisajad;
- intsidentidest teavitamise kohustus ja tähtaeg;
- õigus saada logisid ja auditiaruandeid (nt ISO/IEC 27001 sertifikaat või sõltumatu auditi aruanne);
- andmete tagastamine masinloetavas vormingus ja kustutamine lepingu lõppemisel;
- hinnamuutuste ja lepingu lõpetamise tingimused.

## Turvaline seadistus

- Ühenda pilveteenuse kasutajahaldus asutuse kesksete kontodega ja nõua mitmikautentimist.
- Piira administraatorite arvu ja kasuta halduseks eraldi kontosid.
- Lülita sisse auditilogid ja saada need kesksesse logihaldusesse.
- Piira failide jagamist väljapoole asutust: vaikimisi ainult nimeliselt ja tähtajaliselt.
- Varunda olulised andmed eraldi, kui teenuse hinnas varundus ei sisaldu.
- Vaata seadistus üle vähemalt kord aastas, sest teenusepakkujad lisavad pidevalt uusi funktsioone ja vaikeseadeid.

## Väljumisplaan ja hallatavad asutused

Enne kasutuselevõttu mõtle läbi, kuidas teenusest vajadusel loobuda: kuidas andmed kätte saada, kui kaua see aega võtab ja kas mõni teine teenus suudab neid vastu võtta. Väljumisplaan on oluline ka E-ITS auditil ning aitab vältida sõltuvust ühest tarnijast.

Koolid ja lasteaiad kasutavad sageli oma pilvekeskkondi. Lepi kokku, kes neid haldab ja kas samad reeglid kehtivad kogu valla või linna asutustele. Parim tulemus saavutatakse, kui kogu omavalitsus kasutab ühtseid ja ühtemoodi seadistatud teenuseid.
`,
    },
  },
  {
    key: 'logimine-ja-logide-haldus',
    kind: 'BEST_PRACTICE',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/OPS', 'e-its/OPS.1.1.5'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'logimine-ja-logide-haldus',
      title: 'Logimine ja logide haldus KOVis (E-ITS OPS.1.1.5)',
      summary:
        'Milliseid sündmusi logida, kuidas logid kokku koguda ja kaitsta ning kuidas neist väikese IT-meeskonnaga ka tegelikult kasu saada.',
      body: text`
## Miks logida

Ilma logideta ei saa intsidendi korral vastata küsimustele „mis juhtus?“, „millal?“ ja „kelle kontoga?“. Logid on vajalikud ka isikuandmete töötlemise kontrolliks: näiteks kui elanik soovib teada, kes tema andmeid vaatas. Eesti infoturbestandardis (E-ITS) käsitleb seda moodul OPS.1.1.5 „Logimine“.

## Mida logida

- **Autentimine:** õnnestunud ja ebaõnnestunud sisselogimised, kontode lukustused, mitmikautentimise muudatused.
- **Haldustoimingud:** kasutajate ja õiguste muudatused, grupipoliitikad, tulemüürireeglite muudatused.
- **Võrk:** tulemüüri ja kaugligipääsu (VPN) logid, DNS-päringud, kui võimalik.
- **Serverid ja tööjaamad:** süsteemilogid ja viirusetõrje teated.
- **Pilveteenused:** e-posti ja dokumentide koostöö auditilogid.
- **Rakendused:** dokumendihalduse ja valdkonna infosüsteemide kasutuslogid, sh isikuandmete vaatamine ja muutmine.

## Kesksed põhimõtted

1. **Õige aeg.** Kõik seadmed sünkroniseerivad kella NTP abil; muidu ei saa sündmusi omavahel siduda.
2. **Keskne kogumine.** Logid saadetakse kesksesse logiserverisse või logihalduse teenusesse. Väikeses KOVis sobib ka avatud lähtekoodiga lahendus või partneri pakutav teenus.
3. **Kaitse.** Logide muutmise ja kustutamise õigus on piiratud; administraatorid ei saa oma tegevuse jälgi kustutada.
4. **Säilitamine.** Määra säilitustähtajad, arvestades õigusaktide nõudeid, intsidentide uurimise vajadust ja isikuandmete kaitse põhimõtteid. Ära hoia logisid kauem, kui põhjendatud.
5. **Andmekaitse.** Logid sisaldavad isikuandmeid. Teavita töötajaid logimisest ja piira logide vaatamise õigust.

## Kuidas logidest kasu saada

- Seadista teavitused mõnele olulisele sündmusele: administraatorigrupi muutus, palju ebaõnnestunud sisselogimisi, sisselogimine ebatavalisest riigist, varundustöö ebaõnnestumine.
- Vaata kord nädalas üle kokkuvõte ja märgi, et ülevaatus on tehtud.
- Kord kvartalis kontrolli, kas kõik olulised süsteemid saadavad logisid ja kas logimine töötab.
- Kasuta logisid ka õiguste halduses: näiteks kasutamata kontode leidmiseks.

## Minimaalne algus väikesele KOVile

1. Lülita sisse pilveteenuste auditilogid ja kontrolli, kui kaua neid säilitatakse.
2. Kogu kokku tulemüüri, VPNi ja domeenikontrolleri logid.
3. Seadista kolm kuni viis olulisemat teavitust.
4. Kirjuta üles, kes logisid vaatab ja kui tihti.

Logimine on tulemuslik siis, kui keegi logisid ka vaatab. Kui see pole võimalik, tasub kaaluda partneri või naaber-KOViga jagatud seireteenust.
`,
    },
  },
  {
    key: 'infosusteemide-registreerimine-rihas',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST', 'SERVICE_OWNER'],
    topics: ['data', 'it-management'],
    owner: 'ELVL',
    activities: [5],
    et: {
      slug: 'infosusteemide-registreerimine-rihas',
      title: 'Infosüsteemide ja andmekogude registreerimine RIHAs',
      summary:
        'Samm-sammuline juhend, kuidas KOV kirjeldab oma andmekogud ja infosüsteemid riigi infosüsteemi haldussüsteemis RIHA ning hoiab kirjeldused ajakohasena.',
      body: text`
## Mis on RIHA

RIHA (riigi infosüsteemi haldussüsteem, riha.ee) on avalik register, kus kirjeldatakse riigi ja kohaliku omavalitsuse andmekogud ja infosüsteemid: milleks neid kasutatakse, milliseid andmeid töödeldakse, kes on vastutav töötleja ning milliste teiste süsteemidega andmeid vahetatakse. RIHAt haldab Riigi Infosüsteemi Amet. KOVide infosüsteemide analüüs on näidanud, et mitmed KOVides kasutatavad süsteemid on RIHAs registreerimata, sageli seetõttu, et süsteem kuulub eraettevõttele ja dokumentatsiooni koostamine tundub keeruline.

## Kas pead registreerima

- **Andmekogu** – avaliku teabe seaduse mõistes õigusaktiga asutatud andmekogu, mille KOV asutab oma määrusega ja millele kinnitatakse põhimäärus. Andmekogu peab olema RIHAs kirjeldatud ja selle asutamine ning põhimäärus kooskõlastatakse RIHA kaudu.
- **Muu infosüsteem** – näiteks dokumendihaldus, valla iseteenindus või raamatukogusüsteem. Ka neid tasub RIHAs kirjeldada, eriti kui need vahetavad andmeid X-tee kaudu.

Kahtluse korral küsi nõu RIA RIHA kasutajatoelt.

## Sammud

1. **Ligipääs.** KOVi esindaja logib RIHAsse sisse ID-kaardi, Mobiil-ID või Smart-ID-ga. Lepi asutuses kokku, kes on RIHA kirjelduste eest vastutav haldaja.
2. **Inventuur.** Koosta nimekiri oma andmekogudest ja infosüsteemidest. Kasuta E-ITS varade nimekirja ja hankelepinguid.
3. **Kirjelduse koostamine.** Kirjelda eesmärk, õiguslik alus, vastutav ja volitatud töötleja (sageli tarkvara tarnija), andmete koosseis, klassifikaatorid, liidesed ja X-tee teenused ning lisa dokumentatsioon.
4. **Koostöö tarnijaga.** Küsi tarnijalt andmemudelit ja liideste kirjeldusi. Lisa see kohustus tulevastesse hankelepingutesse.
5. **Kooskõlastamine.** Andmekogu asutamisel ja põhimääruse muutmisel esita kirjeldus kooskõlastamiseks. Kooskõlastajad (nt RIA, Andmekaitse Inspektsioon ja Rahvusarhiiv) võivad esitada küsimusi; vasta neile RIHA kaudu.
6. **Kasutusele võtmine.** Märgi süsteemi olek RIHAs vastavaks ja hoia kirjeldus ajakohane.
7. **Lõpetamine.** Kui süsteem suletakse, märgi see RIHAs ja lahenda andmete üleandmine või arhiveerimine.

## Hea tava

- Seo RIHA kirjeldused andmehalduse tööga: sama info on vajalik andmekirjelduste ja avaandmete jaoks.
- Vaata kirjeldused üle vähemalt kord aastas ja alati pärast suuremat arendust.
- Kasuta ühtset nimetamist – elanik ja teised asutused peavad aru saama, mis süsteemiga on tegu.
- Mitu KOVi, kes kasutavad sama tarkvara, saavad jagada kirjelduse alusmaterjali ja koostöös tarnijalt dokumentatsiooni nõuda.
`,
    },
  },
  // -------------------------------------------------------------------------
  // Andmed
  // -------------------------------------------------------------------------
  {
    key: 'avaandmete-avaldamine',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER', 'IT_SPECIALIST'],
    topics: ['data'],
    owner: 'ELVL',
    activities: [5],
    et: {
      slug: 'avaandmete-avaldamine-kovis',
      title: 'Avaandmete avaldamine KOVis: andmestikust portaalini',
      summary:
        'Praktiline juhend, kuidas vald või linn valib avaldatavad andmestikud, valmistab need ette ja avaldab Eesti avaandmete portaalis andmed.eesti.ee.',
      body: text`
## Miks avaldada

Avaandmed on andmed, mida igaüks võib vabalt kasutada, taaskasutada ja jagada. Avaliku teabe seadus (millega on üle võetud Euroopa Liidu avaandmete direktiiv 2019/1024) eeldab, et avalik sektor teeb juurdepääsupiiranguteta andmed kättesaadavaks masinloetaval kujul. Kohaliku omavalitsuse andmetest saavad kasu elanikud, ettevõtjad, ajakirjanikud ja ka KOV ise – näiteks kui andmeid ei pea enam teabenõuete peale ükshaaval välja saatma.

## Millest alustada

Vali esimesteks andmestikeks need, mida küsitakse sageli ja mis on juba digitaalsel kujul olemas. Näiteks:

- valla või linna eelarve ja selle täitmine;
- lasteaedade ja koolide asukohad ning kontaktid;
- ühistranspordi peatused ja liinid, kui KOV neid korraldab;
- mänguväljakud, spordiplatsid, matkarajad ja supluskohad;
- jäätmejaamad ja pakendikonteinerid;
- parkimisalad ja -tsoonid;
- kaasava eelarve ideed ja hääletustulemused.

Arvesta ka Euroopa Komisjoni rakendusmäärusega (EL) 2023/138 kehtestatud väärtuslike andmestike nõudeid: neist osa (nt ruumiandmed ja liikuvusandmed) võib puudutada ka omavalitsusi.

## Ettevalmistus

1. **Õiguslik kontroll.** Veendu, et andmestikus ei ole isikuandmeid ega asutusesiseseks kasutamiseks mõeldud teavet. Väikeste rühmade puhul kontrolli, et isikut ei saa kaudselt tuvastada.
2. **Vorming.** Eelista avatud masinloetavaid vorminguid: CSV (UTF-8), JSON, ruumiandmete puhul GeoJSON. Sageli muutuvate andmete jaoks on parim rakendusliides (API).
3. **Struktuur.** Üks tabel, üks teema; veerunimed arusaadavad; kuupäevad kujul AAAA-KK-PP; koordinaatide süsteem märgitud.
4. **Kirjeldus.** Koosta metaandmed: pealkiri, kirjeldus, vastutaja, uuendamise sagedus, ajaline ja ruumiline ulatus, märksõnad.
5. **Litsents.** Kasuta avatud litsentsi, soovitatavalt CC BY 4.0, mis lubab andmeid kasutada ka äriliselt, kui allikas on viidatud.

## Avaldamine portaalis

1. Logi sisse Eesti avaandmete portaali andmed.eesti.ee (endine avaandmed.eesti.ee) ja vali oma asutus andmete avaldajana.
2. Loo andmestiku kirjeldus, lisa fail või link rakendusliidesele ning litsents.
3. Määra kontaktisik, kes vastab kasutajate küsimustele.
4. Avalda ja kontrolli, et andmestik on leitav.

## Pärast avaldamist

- Automatiseeri uuendamine: kui andmed tulevad tarnija infosüsteemist, lisa lepingusse nõue andmete masinloetava ekspordi või rakendusliidese kohta.
- Jälgi kasutajate tagasisidet ja paranda vead kiiresti.
- Teavita avaldatud andmetest oma veebilehel ja kohalikus kogukonnas.
- ELVL aitab KOVidel avaldatavaid andmestikke kokku leppida, andmeid ette valmistada ning otsib automatiseerimise võimalusi, mis sobiksid mitmele KOVile korraga.
`,
    },
    en: {
      slug: 'publishing-open-data-in-local-government',
      title: 'Publishing open data in local government: from dataset to portal',
      summary:
        'A practical guide on how a municipality or city chooses the datasets to publish, prepares them and publishes them on the Estonian open data portal andmed.eesti.ee.',
      body: text`
## Why publish

Open data is data that anyone may freely use, reuse and share. The Public Information Act (which transposes the EU Open Data Directive 2019/1024) expects the public sector to make data without access restrictions available in machine-readable form. Residents, businesses, journalists and the local government itself benefit from local government data – for example when data no longer has to be sent out one request for information at a time.

## Where to start

Choose as your first datasets those that are frequently requested and already exist in digital form. For example:

- the municipal budget and its execution;
- the locations and contacts of kindergartens and schools;
- public transport stops and routes, if the local government organises them;
- playgrounds, sports grounds, hiking trails and bathing sites;
- waste stations and packaging containers;
- parking areas and zones;
- participatory budgeting ideas and voting results.

Also take into account the requirements for high-value datasets set out in Commission Implementing Regulation (EU) 2023/138: some of them (e.g. geospatial and mobility data) may concern local governments as well.

## Preparation

1. **Legal check.** Make sure the dataset contains no personal data and no information intended for internal use. For small groups, check that no person can be identified indirectly.
2. **Format.** Prefer open machine-readable formats: CSV (UTF-8), JSON and, for spatial data, GeoJSON. For frequently changing data an application programming interface (API) is best.
3. **Structure.** One table, one topic; understandable column names; dates in the form YYYY-MM-DD; the coordinate reference system stated.
4. **Description.** Prepare the metadata: title, description, person responsible, update frequency, temporal and spatial coverage, keywords.
5. **Licence.** Use an open licence, preferably CC BY 4.0, which allows the data to be used commercially as well, provided the source is credited.

## Publishing on the portal

1. Log in to the Estonian open data portal andmed.eesti.ee (formerly avaandmed.eesti.ee) and choose your organisation as the publisher.
2. Create the dataset description, add the file or a link to the API, and the licence.
3. Name a contact person who answers users' questions.
4. Publish and check that the dataset can be found.

## After publishing

- Automate updates: if the data comes from a supplier's information system, add a requirement for a machine-readable export or an API to the contract.
- Follow user feedback and correct errors quickly.
- Announce the published data on your website and in the local community.
- ELVL helps local governments agree on the datasets to publish and prepare the data, and looks for automation options that would suit several local governments at once.
`,
    },
  },
  {
    key: 'andmehalduse-raamistik-kovile',
    kind: 'DOCUMENTATION',
    visibility: 'PUBLIC',
    audience: ['LEADERSHIP', 'SERVICE_OWNER'],
    topics: ['data', 'it-management'],
    owner: 'ELVL',
    activities: [5],
    et: {
      slug: 'andmehalduse-raamistik-kovile',
      title: 'Andmehalduse raamistik KOVidele',
      summary:
        'Ülevaade riiklikest andmehalduse juhistest ja sellest, kuidas neid kohandada väikese ja keskmise omavalitsuse jaoks: rollid, tegevused ja esimesed sammud.',
      body: text`
## Taust

Eestis on avaliku sektori asutustele koostatud kolm andmehalduse juhist: andmehalduse raamistik, andmekvaliteedi juhis ja andmekirjelduse juhis (kratid.ee, rubriik „Andmehalduse juhised“). Raamistik annab ülevaate asutuse andmehalduse rollidest ja tegevustest ning sobib nii andmehalduse korraldamiseks kui ka küpsuse hindamiseks. Juhised on koostatud eelkõige riigiasutuste vaates. ELVLi digipöörde tegevuskavas on eesmärk raamistik KOVide jaoks „tõlkida“ ehk kohandada nii, et see oleks jõukohane ka vallale, kus andmetega tegelevad inimesed teevad seda muu töö kõrvalt.

## Miks andmehaldus KOVile

- Elanikelt ei küsita uuesti andmeid, mis on juba riigi või KOVi andmekogudes olemas.
- Otsused (nt koolivõrgu või teede korrashoiu kohta) tuginevad usaldusväärsetele andmetele.
- Avaandmete avaldamine, RIHA kirjeldused ja E-ITS varade kaardistus kasutavad sama alusinfot.
- Vastutus on selge: on teada, kes andmeid parandab ja kes otsustab nende jagamise üle.

## Rollid KOVis

| Roll | Kes see tavaliselt on | Ülesanne |
|---|---|---|
| Andmehalduse eest vastutaja | vallasekretär, arendusjuht või IT-juht | korraldab andmehaldust kogu asutuses |
| Andmeomanik | valdkonna juht (nt sotsiaal-, haridus-, ehitusvaldkond) | otsustab oma valdkonna andmete kasutamise ja jagamise üle |
| Andmehaldur | spetsialist, kes andmeid igapäevaselt sisestab ja parandab | hoiab andmete kvaliteeti ja kirjeldusi |
| Tehniline haldaja | IT-spetsialist või tarkvara tarnija | tagab süsteemi toimimise ja turvalisuse |
| Andmekaitsespetsialist | oma töötaja või jagatud teenus | nõustab isikuandmete kaitse küsimustes |

Väikeses KOVis võib üks inimene täita mitut rolli – oluline on, et rollid on nimeliselt kokku lepitud.

## Põhitegevused

1. **Andmete inventuur.** Millised andmekogud ja andmestikud on olemas, kus neid hoitakse ja kes vastutab?
2. **Kirjeldamine.** Andmestike sisu ja klassifikaatorite kirjeldamine andmekirjelduse juhise järgi (vajadusel Rihakese abil).
3. **Kvaliteet.** Lepi kokku mõned olulisemad kvaliteedireeglid (nt aadressid vastavad aadressiandmete süsteemile ADS) ja kontrolli neid regulaarselt.
4. **Juurdepääs ja jagamine.** Otsusta, mis on avalik, mis avaandmed ja mis piiratud juurdepääsuga.
5. **Elukaar.** Säilitustähtajad, arhiveerimine ja kustutamine.

## Esimesed sammud

- Määra andmehalduse eest vastutaja ja valdkondade andmeomanikud.
- Tee esmane inventuur kolme kuni viie olulisema andmekogu kohta.
- Vali üks andmestik, mille kvaliteedi parandamisest on kohe kasu, ja üks, mille avaldad avaandmetena.
- Osale ELVLi andmete töögrupi töötubades, kus KOVid jagavad praktilisi lahendusi.
`,
    },
  },
  {
    key: 'andmekirjeldused-rihakesega',
    kind: 'HOW_TO',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST', 'SERVICE_OWNER'],
    topics: ['data'],
    owner: 'ELVL',
    activities: [5],
    et: {
      slug: 'andmekirjelduste-koostamine-rihakesega',
      title: 'Andmekirjelduste koostamine Rihakesega',
      summary:
        'Kuidas KOV saab riigi tasuta andmehaldustööriista Rihakese abil kirjeldada oma andmestikke, klassifikaatoreid ja teenuseid ning mida teha, kui andmebaas asub tarnija juures.',
      body: text`
## Mis on Rihake

Rihake on andmehalduse tööriist, mida riik pakub asutustele tasuta. Sellega saab kirjeldada asutuse andmestikke ja nende sisu, klassifikaatoreid ja loendeid, masinloetavaid teenuseid ning koostada andmesõnastikke ja äriterminite sõnastikke. Tööriist järgib riiklikku andmekirjelduse juhist ning võimaldab valmis kirjeldused edastada avaldamiseks andmete teabeväravasse andmed.eesti.ee. Rihakese paigaldusjuhend ja kasutusjuhend on avaldatud riigi koodivaramus.

Rihake toimib põhimõttel „üks asutus ja tema andmestikud“: asutus saab ülevaate oma andmetest, teabevärav koondab asutuseülese pildi.

## Kuidas see töötab

- Andmestik seotakse ühe või mitme andmebaasiga (Rihakeses nimetatakse seda füüsiliseks andmehoidlaks).
- Rihake skaneerib andmebaasi kasutaja määratud sagedusega ja loob ülevaate skeemidest, tabelitest ja veergudest.
- Veerule vastav andmeelement on kõige detailsem kirjelduse tase.
- Valmis kirjeldused esitatakse avaldamiseks.

## Sammud KOVis

1. **Otsusta, kes kirjeldab.** Tehnilise poole (paigaldus, ühendused) teeb IT, sisulised kirjeldused andmehaldur koos andmeomanikuga.
2. **Vali esimene andmestik.** Alusta andmestikust, mis on KOVi enda hallatavas andmebaasis ja mille sisu on hästi teada, näiteks kalmisturegister või lasteaiakohtade järjekord.
3. **Paigalda või kasuta jagatud lahendust.** Kaalu koos ELVLi ja teiste KOVidega, kas Rihakest on mõistlik paigaldada iga KOVi jaoks eraldi või kasutada jagatud lahendust.
4. **Ühenda andmebaas lugemisõigusega.** Kasuta eraldi ainult lugemisõigusega kontot ja ava ainult vajalik võrguühendus.
5. **Kirjelda.** Lisa tabelitele ja veergudele arusaadavad nimed ja kirjeldused, seo väljad klassifikaatoritega ja märgi, millised väljad sisaldavad isikuandmeid.
6. **Vaata üle ja avalda.** Andmeomanik kinnitab kirjelduse; avaldamiseks sobivad kirjeldused edastatakse teabeväravasse.

## Kui andmebaas on tarnija juures

Paljud KOVide infosüsteemid kuuluvad eraettevõtetele ja töötavad tarnija serveris. Siis on võimalused järgmised:

- lepi tarnijaga kokku, et ta annab Rihakese jaoks lugemisõigusega ühenduse või andmemudeli ekspordi;
- koosta kirjeldus käsitsi tarnija dokumentatsiooni põhjal;
- kui sama tarkvara kasutavad mitu KOVi, koostage kirjeldus ühiselt ja nõudke tarnijalt, et ta hoiaks selle ajakohasena.

Lisa tulevastesse hankelepingutesse nõue, et tarnija esitab andmemudeli ja toetab andmekirjelduste koostamist.

## Seos teiste töödega

Rihakeses koostatud kirjeldusi saab kasutada RIHA kirjelduste, avaandmete metaandmete ja E-ITS varade kaardistuse sisendina. Nii ei pea sama infot mitu korda koguma.
`,
    },
  },
  // -------------------------------------------------------------------------
  // Teenused
  // -------------------------------------------------------------------------
  {
    key: 'kasutajate-rahulolu-moodmine',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER', 'LEADERSHIP'],
    topics: ['services', 'data'],
    owner: 'ELVL',
    activities: [1, 8],
    et: {
      slug: 'kasutajate-rahulolu-moodmine-skaalal-1-10',
      title: 'Kasutajate rahulolu mõõtmine skaalal 1–10',
      summary:
        'Kuidas KOV küsib teenuse kasutajatelt ühtse küsimusega hinnangut skaalal 1–10, analüüsib tulemusi ja muudab need teenuse parendusteks.',
      body: text`
## Miks ühtne mõõtmine

KOVides ei mõõdeta enamasti ei elanike ega ametnike rahulolu teenustega. Ilma tagasisideta on raske aru saada, kus teenus takerdub ja millised parendused annavad suurima kasu. ELVLi digipöörde tegevuskavas on eesmärk töötada välja ja juurutada KOVidele ühtne rahulolu mõõtmise metoodika ja süsteem. Aluseks võetakse RIA välja töötatud lahendus ning esialgu umbes 40 teenust, mis valitakse KOV teenuste kaardistuse põhjal. Ühtne skaala võimaldab KOVidel oma tulemusi ajas ja omavahel võrrelda.

## Põhiküsimus ja täpsustused

Põhiküsimus on kõigis teenustes sama:

> Kuidas hindate teenust tervikuna skaalal 1–10, kus 1 tähendab „väga halb“ ja 10 „suurepärane“?

Lisaks võib küsida:

- avatud küsimuse: „Mis oli kõige parem või mida peaksime muutma?“;
- ühe kuni kahe täpsustava küsimuse (nt kas info oli arusaadav, kas teenus sai tehtud ühe pöördumisega).

Hoia küsimustik lühike – alla minuti. Iga lisaküsimus vähendab vastajate arvu.

## Millal ja kuidas küsida

1. **Õigel hetkel.** Küsi kohe pärast teenuse lõppu: e-teenuse viimasel sammul, otsuse teatamise kirjas või teenindussaalis tahvelarvutis.
2. **Kõigis kanalites.** Kui küsid ainult veebis, jäävad kõrvale need, kes tulid kohale või helistasid.
3. **Anonüümselt.** Vastust ei seota vastaja isikuga, kui selleks pole selget põhjust ja õiguslikku alust. Vastaja võib soovi korral jätta kontakti, et temaga ühendust võetaks.
4. **Mitte liiga tihti.** Sama inimest ei tohiks küsitlusega koormata iga väikese toimingu järel.

Rahulolu mõõtmisel on oluline ka teine pool: tegevuskava järgi hinnatakse ka ametnike rahulolu teenuse osutamise protsessi ja töövahenditega.

## Tulemuste analüüs

- Jälgi keskmist hinnet ja hinnete jaotust; keskmine üksi võib peita probleeme.
- Vaata eraldi madalaid hinnanguid (nt 1–6) ja loe nende kommentaare – sealt leiad konkreetsed parendusvõimalused.
- Võrdle tulemusi ajas ja kanalite kaupa.
- Väikese vastajate arvu korral ära tee järeldusi üksikute vastuste põhjal; kogu andmeid pikema perioodi jooksul.

## Tulemusest parenduseni

1. Teenuseomanik vaatab tulemused üle vähemalt kord kvartalis.
2. Vali igast ülevaatusest üks-kaks parendust, määra vastutaja ja tähtaeg.
3. Anna kasutajatele teada, mida nende tagasiside põhjal muudeti („Teie tagasiside põhjal lihtsustasime taotlusvormi“).
4. Kui KOV kasutab teavitussüsteemi Anna Teada, saab sama skaalaga hinnata ka teadete lahendamist.
`,
    },
    en: {
      slug: 'measuring-user-satisfaction-on-a-scale-of-1-10',
      title: 'Measuring user satisfaction on a scale of 1–10',
      summary:
        'How a local government asks service users for a rating on a scale of 1–10 with one common question, analyses the results and turns them into service improvements.',
      body: text`
## Why common measurement

Local governments mostly do not measure how satisfied residents or officials are with their services. Without feedback it is hard to see where a service gets stuck and which improvements would bring the greatest benefit. ELVL's digital transformation action plan aims to develop and introduce a common methodology and system for measuring satisfaction in local governments. It builds on a solution developed by RIA and, initially, on about 40 services selected from the mapping of local government services. A common scale allows local governments to compare their results over time and with each other.

## The core question and follow-ups

The core question is the same for all services:

> How would you rate the service as a whole on a scale of 1–10, where 1 means "very poor" and 10 "excellent"?

In addition, you may ask:

- an open question: "What was best, or what should we change?";
- one or two follow-up questions (e.g. whether the information was clear, whether the matter was settled with one contact).

Keep the questionnaire short – under a minute. Every extra question reduces the number of respondents.

## When and how to ask

1. **At the right moment.** Ask right after the service ends: at the last step of the e-service, in the letter announcing the decision, or on a tablet in the customer service hall.
2. **In all channels.** If you only ask online, you miss those who came in person or called.
3. **Anonymously.** The answer is not linked to the respondent unless there is a clear reason and a legal basis for it. Respondents may leave their contact details if they want to be contacted.
4. **Not too often.** The same person should not be burdened with a survey after every small transaction.

The other side also matters: under the action plan, officials' satisfaction with the service delivery process and their tools is assessed as well.

## Analysing the results

- Follow the average score and the distribution of scores; the average alone can hide problems.
- Look separately at low ratings (e.g. 1–6) and read their comments – that is where you find concrete improvements.
- Compare results over time and by channel.
- With a small number of respondents, do not draw conclusions from individual answers; collect data over a longer period.

## From results to improvements

1. The service owner reviews the results at least once a quarter.
2. Choose one or two improvements from each review and assign an owner and a deadline.
3. Tell users what was changed based on their feedback ("Based on your feedback we simplified the application form").
4. If the local government uses the Anna Teada notification system, the same scale can be used to rate how reports were resolved.
`,
    },
  },
  {
    key: 'teenuse-standard-ja-teenusedisain',
    kind: 'BEST_PRACTICE',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER'],
    topics: ['services'],
    owner: 'MKM',
    activities: [1, 2],
    et: {
      slug: 'teenuse-standard-ja-teenusedisain',
      title: 'Teenuse standard ja teenusedisain KOVi teenuste arendamisel',
      summary:
        'Milliseid põhimõtteid peaks järgima hea avalik teenus ja kuidas teenusedisaini meetoditega KOVi teenust kasutaja vaatest parandada.',
      body: text`
## Teenuse standard

Riigi teenuste korraldamise alused on kirjas Vabariigi Valitsuse määruses „Teenuste korraldamise ja teabehalduse alused“ (TKTA). Selle juurde kuuluvad digiteenuste arendamise põhimõtted ja teenusedisaini juhendid, mis on koondatud digiriigi veebilehele (digiriik.eesti.ee). Teenuse standard võtab need põhimõtted kokku kontrollitavate nõuetena: millele peab vastama hea avalik teenus. ELVLi tegevuskavas on ette nähtud teenuse standardi järgmise versiooni valideerimine koos KOVidega, et nõuded arvestaksid ka omavalitsuste teenuste eripära.

## Hea teenuse põhimõtted

- **Kasutajakesksus.** Teenus lähtub inimese vajadusest ja elusündmusest, mitte asutuse struktuurist.
- **Andmete ühekordne küsimine.** Inimeselt ei küsita andmeid, mis on juba riigi või KOVi andmekogudes olemas.
- **Proaktiivsus.** Kui KOV teab, et inimesel on õigus teenusele või toetusele, pakub ta seda ise.
- **Lihtsus ja arusaadavus.** Selge keel, vähe samme, arusaadav tulemus ja tähtaeg.
- **Mitu kanalit.** E-teenus on eelistatud, kuid abi saab ka telefoni teel ja kohapeal.
- **Ligipääsetavus.** Veebiteenused vastavad ligipääsetavuse nõuetele (WCAG 2.1 AA tase).
- **Mõõdetavus.** Teenusel on omanik, mõõdikud ja kasutajate rahulolu tagasiside.
- **Turvalisus ja andmekaitse.** Teenus on kavandatud turvaliseks algusest peale.

## Teenusedisaini protsess

1. **Avasta.** Räägi teenuse kasutajatega ja ametnikega, kes teenust osutavad. Vaata, kus inimesed takerduvad: korduvad küsimused, poolikud taotlused, pikad ooteajad.
2. **Määratle.** Sõnasta probleem kasutaja vaates, näiteks „noor pere ei tea, milliseid toetusi ja teenuseid KOV lapse sünni korral pakub“.
3. **Loo lahendusi.** Mõtle välja mitu varianti koos IT, õigusala ja teenindusega.
4. **Prototüübi ja testi.** Testi lihtsat versiooni (paberil, klikitaval kujul) mõne päris kasutajaga.
5. **Rakenda ja mõõda.** Võta teenus kasutusele, mõõda rahulolu ja teenuse kulgu ning paranda edasi.

## Teenuse kirjeldus

Iga KOVi teenuse kohta tasub kirja panna:

| Väli | Näide |
|---|---|
| Teenuse nimi | Sünnitoetuse taotlemine |
| Sihtrühm | vastsündinu vanem, kelle elukoht on vallas |
| Õiguslik alus | KOKS ja valla sotsiaalhoolekande kord |
| Kanalid | e-teenus, e-post, teenindussaal |
| Menetlusaeg | kokkulepitud tööpäevade arv |
| Teenuseomanik | sotsiaalvaldkonna juht |
| Mõõdikud | taotluste arv, menetlusaeg, rahulolu 1–10 |

Kirjeldused moodustavad KOVi teenuste kataloogi, mida saab kasutada ka teenuste kaardistamisel ja sündmusteenuste kavandamisel.
`,
    },
  },
  {
    key: 'kov-teenuste-kaardistamine',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER', 'LEADERSHIP'],
    topics: ['services'],
    owner: 'ELVL',
    activities: [1],
    et: {
      slug: 'kov-teenuste-kaardistamine-koks-ulesannetest',
      title: 'KOV teenuste kaardistamine KOKSist tulenevate ülesannete põhjal',
      summary:
        'Kuidas koostada KOVi teenuste ülevaade, lähtudes kohaliku omavalitsuse korralduse seaduse ülesannetest, ja siduda teenused protsesside, infosüsteemide ja omanikega.',
      body: text`
## Miks kaardistada

KOVide infosüsteemide analüüsi järgi puudub omavalitsustel enamasti ülevaade sellest, milliseid teenuseid nad pakuvad. Ilma selleta on raske hinnata, kus on automatiseerimise vajadus, milline teenus kattub riigi teenusega või mida peaks mõõtma. ELVLi tegevuskavas kaardistatakse KOKSist tulenevad avalikud teenused koostöös Majandus- ja Kommunikatsiooniministeeriumi teenuste tiimiga, alustades viiest KOVist koosneva pilootrühmaga. Sama metoodikat saab iga KOV kasutada oma teenuste ülevaate koostamiseks.

## Lähtekoht: KOKSi ülesanded

Kohaliku omavalitsuse korralduse seaduse (KOKS) § 6 loetleb omavalitsuse ülesanded. Nende hulka kuuluvad näiteks:

- sotsiaalabi ja -teenused, eakate hoolekanne;
- noorsootöö, alusharidus, põhikoolid, gümnaasiumid ja huvikoolid;
- raamatukogud, rahvamajad, muuseumid ja spordibaasid;
- elamu- ja kommunaalmajandus, veevarustus ja kanalisatsioon;
- heakord, jäätmehooldus ja ruumiline planeerimine;
- ühistransport ning valla või linna teede ja tänavate korrashoid.

Lisaks tulevad teenused eriseadustest (nt sotsiaalhoolekande seadus, ehitusseadustik, jäätmeseadus) ja KOVi enda otsustest. Eristada tasub omavalitsuslikke teenuseid, mille tingimused KOV otsustab ise, ja seadusega ette antud tingimustega teenuseid.

## Kaardistamise sammud

1. **Koosta ülesannete loetelu** KOKSi ja eriseaduste põhjal.
2. **Tuleta ülesannetest teenused** – see, mida elanik või ettevõtja tegelikult taotleb või saab (nt „lasteaiakoha taotlemine“, „raieloa taotlemine“, „matusetoetus“).
3. **Kirjelda iga teenus ühtse vormiga:** nimi, sihtrühm, õiguslik alus, kanalid, infosüsteem, teenuseomanik, ligikaudne maht aastas.
4. **Seo teenus protsessi ja infosüsteemiga.** Kus tehakse käsitööd? Millised andmed tulevad riigi registritest X-tee kaudu ja millised küsitakse inimeselt?
5. **Märgi seosed:** kas teenus on osa mõnest sündmusteenusest (nt lapse sünd) ja kas see kattub mõne riigi teenusega.
6. **Vali prioriteedid:** teenused, mida kasutatakse palju, mille rahulolu on madal või kus on palju käsitööd.

## Tulemus

- KOVi teenuste kataloog, mida hoitakse ajakohasena ja mida saab avaldada ka veebilehel;
- sisend kasutajate rahulolu mõõtmisele (millised teenused valida);
- sisend IT-arendustele, E-ITS protsesside kaardistusele ja hangetele;
- ülevaade KOVi rollist sündmusteenustes ja KOV teenuste keskse platvormi kavandamisel.

## Nõuanded

- Alusta ühest valdkonnast (nt sotsiaal- või haridusvaldkond) ja laienda.
- Kaasa ametnikud, kes teenust päriselt osutavad – dokumentidest kõike ei leia.
- Kasuta teiste KOVide kirjeldusi alusena: enamik teenuseid on kõigis omavalitsustes sarnased.
`,
    },
  },
  {
    key: 'sundmusteenused-kovis',
    kind: 'DOCUMENTATION',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER', 'LEADERSHIP'],
    topics: ['services', 'data'],
    owner: 'JUSTDIGI',
    activities: [1, 7],
    et: {
      slug: 'sundmusteenused-ja-kov-roll',
      title: 'Sündmusteenused ja KOVi roll nendes',
      summary:
        'Mis on sündmusteenus, millistes elusündmustes on omavalitsusel oluline osa ning kuidas KOV saab oma teenused sündmusteenustega siduda.',
      body: text`
## Mis on sündmusteenus

Sündmusteenus koondab inimese või ettevõtja elusündmusega seotud avalikud teenused üheks tervikuks, sõltumata sellest, milline asutus iga teenust osutab. Elusündmus on oluline muutus inimese elus – lapse sünd, kooli minek, elukoha vahetus, lähedase surm –, mille tõttu tekib vajadus mitme avaliku teenuse järele. Eesmärk on, et inimene ei peaks teadma, millise asutuse poole pöörduda, ja et võimalikult palju toimuks proaktiivselt ehk asutuse algatusel.

Riigi tasandil koordineerib sündmusteenuste arendamist digiriigi eest vastutav ministeerium. Paljudes elusündmustes on aga KOVi teenused inimese jaoks sama olulised kui riigi omad, seetõttu on KOVide osalus hädavajalik.

## Elusündmused, kus KOVi roll on suur

| Elusündmus | KOVi teenused (näited) |
|---|---|
| Lapse sünd | KOVi sünnitoetus, lasteaiakoha taotlemine, lapsehoiuteenus |
| Kooli minek | elukohajärgse kooli määramine, koolitransport, huviharidus |
| Elukoha vahetus | elukoha registreerimine, jäätmeveo ja parkimise küsimused, teave uuele elanikule |
| Lähedase surm | matusetoetus, kalmisturegistri toimingud |
| Vananemine ja hoolduse vajadus | koduteenus, hooldaja määramine, eluruumi kohandamine |
| Ettevõtte asutamine | kaubandustegevuse ja ehituse load, maksud ja tasud, koostöövõimalused |

## Mida KOV saab teha

1. **Kirjelda oma teenused** ja seo need elusündmustega (vt juhend „KOV teenuste kaardistamine“).
2. **Kasuta riigi andmeid.** Rahvastikuregistri andmed on X-tee kaudu kättesaadavad; seda kasutades saab näiteks sünnitoetuse pakkuda ilma, et vanem peaks kõiki andmeid ise esitama.
3. **Teavita proaktiivselt.** Kui KOV saab registrist teada elusündmusest, saab ta inimest teavitada temale kättesaadavatest teenustest. Kontrolli, et andmete kasutamiseks on õiguslik alus.
4. **Ühtlusta KOVide vahel.** Kui KOVide teenused on kirjeldatud ühtemoodi, on neid lihtsam siduda riigi sündmusteenustega ja riigiportaaliga eesti.ee.
5. **Mõõda tulemust.** Kasuta kasutajate rahulolu mõõtmist skaalal 1–10 ja jälgi, kas inimene sai kõik vajaliku kätte ühe pöördumisega.

## Seos KOV teenuste keskse platvormiga

Praegu ei ole KOV teenused liidestatud riigiportaaliga eesti.ee ega riikliku mobiilirakendusega ning elanik peab infot otsima KOVi veebilehelt või iseteenindusest. ELVLi tegevuskavas on ette nähtud KOV teenuste keskse platvormi eelanalüüs koostöös RIA ja JUSTDIGIga. Hästi kirjeldatud ja elusündmustega seotud teenused on selle töö eeldus.

## Kust alustada

Vali üks elusündmus – sageli on selleks lapse sünd – ja kaardista kõik selle KOVi osad. Arutage tulemusi KOV IT-võrgustiku seminaril, et ka teised omavalitsused saaksid sama lähenemist kasutada.
`,
    },
  },
  // -------------------------------------------------------------------------
  // IT juhtimine
  // -------------------------------------------------------------------------
  {
    key: 'it-teenuste-korraldamine-ja-konsolideerimine',
    kind: 'BEST_PRACTICE',
    visibility: 'MEMBERS',
    audience: ['LEADERSHIP', 'IT_SPECIALIST'],
    topics: ['it-management', 'cyber-security'],
    owner: 'ELVL',
    activities: [6],
    et: {
      slug: 'it-teenuste-korraldamine-ja-konsolideerimine-kovis',
      title: 'IT-teenuste korraldamine ja konsolideerimine KOVis',
      summary:
        'Kuidas viia vallavalitsuse ja hallatavate asutuste killustunud IT ühtsete teenuste alla: inventuur, teenusekataloog, korraldusmudeli valik ja levinud lõksud.',
      body: text`
## Lähteolukord

Paljudes KOVides on IT kujunenud aastate jooksul asutuste kaupa: vallavalitsusel on oma lepingupartner, koolidel oma haldur, raamatukogul veel üks lahendus. Pärast 2017. aasta haldusreformi on ühinenud omavalitsustes sageli alles ka endiste valdade erinevad süsteemid. Tulemuseks on dubleerivad litsentsid, erinevad turvatasemed ja sõltuvus üksikutest inimestest. Konsolideerimine tähendab, et tugiteenused (kasutajatugi, tööjaamad, e-post, võrk, serverid, varundus) korraldatakse kogu omavalitsuse jaoks ühtselt.

## Sammud

### 1. Inventuur

- seadmed, tarkvara ja litsentsid asutuste kaupa;
- lepingud, nende tähtajad ja maksumus;
- inimesed, kes IT-ga tegelevad (ka osalise koormusega);
- võrgud, internetiühendused ja serveriruumid;
- infoturbe olukord: kontod, varundus, uuendused.

Inventuur annab ka E-ITS varade kaardistuse alusmaterjali.

### 2. Teenusekataloog ja teenustase

Kirjelda IT-teenused nii, nagu kasutaja neid näeb: „töökoht koos arvuti ja e-postiga“, „kasutajatugi tööpäeviti“, „kooli õppevõrk“. Lepi iga teenuse kohta kokku teenustase: tööaeg, reageerimisaeg, asendatavus. Nii on võimalik võrrelda oma meeskonna ja sisseostetud teenuse kulusid.

### 3. Korraldusmudeli valik

| Mudel | Sobib, kui | Tähelepanu |
|---|---|---|
| Oma IT-üksus | omavalitsus on suurem ja värbamine õnnestub | asendatavus, palgakonkurents |
| Sisseostetud teenus | spetsialisti on raske leida | lepingu kvaliteet, teadmiste jäämine KOVi |
| Hübriid | strateegiline juhtimine majas, teostus partnerilt | selge rollijaotus |
| KOVide ühine teenus | naaber-KOVidel on sarnased vajadused | koostöölepe, kulude jagamine, juhtimine |

### 4. Üleminek

1. Alusta teenustest, mille ühtlustamine annab kiireima kasu: kontod ja e-post, varundus, kasutajatugi.
2. Koonda lepingud ja litsentsid; vaata üle lepingute lõpptähtajad, et vältida topeltmaksmist.
3. Ühtlusta turvaseaded kõigis asutustes (mitmikautentimine, uuendused, viirusetõrje).
4. Räägi asutuste juhtidega: konsolideerimine ei tähenda koolide vajaduste unustamist – õppetöö IT-l on oma eripärad.

## Levinud lõksud

- Kulude võrdlus ainult arvete põhjal, arvestamata töötajate aega ja riske.
- Kõik teadmised ühe inimese või partneri peas; dokumentatsiooni ja paroolihaldust pole.
- Lepingus puudub väljumise ja andmete üleandmise tingimus.
- Muudatusest ei räägita kasutajatega ja uus kord tekitab vastuseisu.

Kogemuslugusid konsolideerimisest jagatakse KOV IT-võrgustiku töötubades; vt ka juhtumiuuringut „Näidisvalla IT konsolideerimine“.
`,
    },
  },
  {
    key: 'it-juhtimise-mudelid',
    kind: 'DOCUMENTATION',
    visibility: 'PUBLIC',
    audience: ['LEADERSHIP'],
    topics: ['it-management'],
    owner: 'ELVL',
    activities: [6],
    et: {
      slug: 'it-juhtimise-mudelid-kovis',
      title: 'IT-juhtimise mudelid KOVis',
      summary:
        'Ülevaade tsentraliseeritud, detsentraliseeritud ja hübriidsest IT-juhtimise mudelist omavalitsuses, IT-ga seotud rollidest ning sellest, kuidas otsused ja eelarve kokku leppida.',
      body: text`
## Miks juhtimismudel on oluline

IT ei ole KOVis ainult arvutite ja võrgu hooldus. Sellest sõltuvad teenused elanikele, infoturve, andmete kasutamine ja koostöö riigiga. Kui pole kokku lepitud, kes IT üle otsustab, tehakse hankeid asutuste kaupa, turvatase on ebaühtlane ja arendusi ei seota teenuste vajadustega. IT-juhtimise mudel vastab küsimustele: kes otsustab, kes teostab, kuidas planeeritakse eelarvet ja kuidas tulemust mõõdetakse.

## Mudelid

**Tsentraliseeritud mudel.** Kogu omavalitsuse IT (ka hallatavate asutuste oma) on ühe üksuse või partneri vastutusel. Eelised: ühtne turvatase, mastaabisääst, lihtsam E-ITS rakendamine. Riskid: aeglasem reageerimine asutuste eripäradele, kui suhtlus ei toimi.

**Detsentraliseeritud mudel.** Iga asutus korraldab IT ise. Eelised: paindlikkus. Riskid: dubleerimine, ebaühtlane infoturve, puudub terviklik ülevaade kuludest ja riskidest.

**Hübriid- ehk föderatiivne mudel.** Ühised alusteenused (kontod, võrk, e-post, varundus, infoturve) ja reeglid on keskne vastutus; valdkondlikud rakendused (nt koolide õppetarkvara) valivad asutused ise ühiste reeglite piires. Enamiku KOVide jaoks on see realistlik eesmärk.

**Tellija mudel.** KOVis on IT-juhtimise kompetents (strateegia, hanked, järelevalve), teostus ostetakse sisse. Eeldus on, et KOVis on vähemalt üks inimene, kes oskab teenust tellida ja kvaliteeti hinnata.

## Rollid

- **IT-juht või IT eest vastutaja** – IT strateegia, eelarve, hanked, partnerite juhtimine.
- **Infoturbe vastutaja** – E-ITS rakendamine ja riskihaldus; peaks saama teha otsuseid IT-st sõltumatult.
- **Andmekaitsespetsialist** – isikuandmete kaitse nõustamine ja järelevalve.
- **Teenuseomanikud** – valdkondade juhid, kes vastutavad teenuse sisu ja arendusvajaduste eest.
- **Juhtkond** – kinnitab prioriteedid, eelarve ja aktsepteerib jääkriskid.

## Otsustamine ja planeerimine

1. Koosta IT arenguplaan, mis on seotud KOVi arengukava ja eelarvestrateegiaga.
2. Moodusta väike IT-juhtrühm (juhtkond, IT, infoturve, 1–2 teenuseomanikku), kes kohtub regulaarselt.
3. Kõik IT-hanked ja uued infosüsteemid vaadatakse enne otsust üle turbe, andmekaitse ja koosvõime vaates.
4. Lepi kokku mõõdikud: teenuste kättesaadavus, kasutajatoe lahendusaeg, E-ITS rakendusplaani täitmine, kasutajate rahulolu.

## Raamistikud

Rahvusvahelised raamistikud, nagu ITIL (IT-teenuste haldus) ja COBIT (IT-juhtimine), pakuvad häid mõisteid ja protsessimalle. KOVil ei ole vaja neid täies mahus rakendada – piisab põhimõtete kasutamisest, mis aitavad teenuseid kirjeldada ja vastutust selgeks teha.

IT-juhtimise mudeleid ja kogemuslugusid arutatakse ELVLi korraldatud KOV IT-võrgustiku seminaridel.
`,
    },
    en: {
      slug: 'it-governance-models-in-local-government',
      title: 'IT governance models in local government',
      summary:
        'An overview of centralised, decentralised and hybrid IT governance models in a local government, the roles related to IT, and how to agree on decisions and the budget.',
      body: text`
## Why the governance model matters

In a local government IT is not just the maintenance of computers and the network. Services for residents, information security, the use of data and cooperation with the state all depend on it. If nobody has agreed who decides on IT, procurements are made institution by institution, the level of security is uneven and developments are not tied to service needs. An IT governance model answers these questions: who decides, who delivers, how the budget is planned and how results are measured.

## Models

**Centralised model.** All of the local government's IT (including that of the institutions it runs) is the responsibility of one unit or partner. Advantages: a uniform level of security, economies of scale, easier E-ITS implementation. Risks: slower response to the specific needs of institutions if communication does not work.

**Decentralised model.** Each institution organises its own IT. Advantages: flexibility. Risks: duplication, uneven information security, no overall picture of costs and risks.

**Hybrid or federated model.** Common base services (accounts, network, e-mail, backups, information security) and the rules are a central responsibility; sector-specific applications (e.g. schools' learning software) are chosen by the institutions within the common rules. For most local governments this is a realistic goal.

**Commissioning model.** The local government has IT governance competence in-house (strategy, procurement, supervision) and buys in delivery. This requires at least one person in the local government who knows how to commission the service and assess its quality.

## Roles

- **IT manager or person responsible for IT** – IT strategy, budget, procurement, partner management.
- **Person responsible for information security** – E-ITS implementation and risk management; should be able to make decisions independently of IT.
- **Data protection officer** – advice and oversight on personal data protection.
- **Service owners** – heads of departments who are responsible for the content of services and their development needs.
- **Management** – approves priorities and the budget, and accepts residual risks.

## Decision-making and planning

1. Draw up an IT development plan linked to the local government's development plan and budget strategy.
2. Form a small IT steering group (management, IT, information security, 1–2 service owners) that meets regularly.
3. All IT procurements and new information systems are reviewed from the security, data protection and interoperability perspectives before a decision is made.
4. Agree on indicators: service availability, support resolution time, progress of the E-ITS implementation plan, user satisfaction.

## Frameworks

International frameworks such as ITIL (IT service management) and COBIT (IT governance) offer useful concepts and process templates. A local government does not need to implement them in full – it is enough to use the principles that help describe services and clarify responsibilities.

IT governance models and experience stories are discussed at the local government IT network seminars organised by ELVL.
`,
    },
  },
  {
    key: 'tarkvarahanke-juhend',
    kind: 'HOW_TO',
    visibility: 'MEMBERS',
    audience: ['LEADERSHIP', 'SERVICE_OWNER', 'IT_SPECIALIST'],
    topics: ['it-management', 'cyber-security', 'data'],
    owner: 'ELVL',
    activities: [2, 6],
    et: {
      slug: 'tarkvarahanke-juhend-kovile',
      title: 'Tarkvarahanke juhend KOVile',
      summary:
        'Kontrollnimekiri infosüsteemi või tarkvarateenuse hankimiseks: vajaduse kirjeldamine, turu-uuring, nõuded turbele, andmetele ja liidestele ning lepingu olulised tingimused.',
      body: text`
## Enne hanget

1. **Kirjelda probleem, mitte lahendus.** Milline teenus või protsess vajab tuge, kes on kasutajad ja mis praegu ei tööta? Kaasa teenuseomanik ja ametnikud, kes hakkavad süsteemi kasutama.
2. **Uuri, mis on juba olemas.** Kas riigil on keskne lahendus (nt TARA autentimiseks, X-tee andmevahetuseks)? Kas teised KOVid kasutavad sama otstarbega süsteemi? Kas riigi koodivaramus (koodivaramu.eesti.ee) on taaskasutatavat koodi?
3. **Turu-uuring.** Küsi mitmelt tarnijalt tutvustust ja hinnangulist hinda. Dokumenteeri turu-uuring, et hiljem oleks näha, kuidas nõuded kujunesid.
4. **Vali menetlus.** Hankemenetlus sõltub hanke eeldatavast maksumusest ning riigihangete seaduse piirmääradest ja asutuse hankekorrast. Suuremad hanked avaldatakse riigihangete registris.
5. **Kaalu ühishanget.** Kui mitu KOVi vajavad sama lahendust, on ühishange või ELVLi koordineeritud raamleping sageli soodsam ja tugevdab KOVide positsiooni tarnija suhtes.

## Nõuded lähteülesandes

**Funktsionaalsed nõuded** – kirjelda kasutusjuhtude kaupa, mida kasutaja peab saama teha.

**Mittefunktsionaalsed nõuded:**

- infoturve: vastavus E-ITS asjakohastele moodulitele (nt APP.3.1 veebirakenduste puhul), turvatestimine enne kasutuselevõttu, turvauuenduste tähtajad;
- autentimine: ID-kaart, Mobiil-ID ja Smart-ID (nt TARA kaudu), töötajatele mitmikautentimine;
- isikuandmete kaitse: volitatud töötleja leping, logid isikuandmete vaatamise kohta, andmete säilitustähtajad ja kustutamine;
- liidesed: X-tee teenused, rakendusliidesed, avatud standardid;
- andmed: andmemudeli kirjeldus, masinloetav eksport, avaandmete avaldamise võimalus;
- RIHA: tarnija aitab koostada süsteemi kirjelduse;
- ligipääsetavus: veebiliidesed vastavad WCAG 2.1 AA tasemele;
- majutus: asukoht, varundus, käideldavus ja taastamisaeg;
- dokumentatsioon ja koolitus.

## Hindamiskriteeriumid

Ära vali ainult hinna järgi. Kaalu kogukulu kogu lepinguperioodi jooksul (litsentsid, hooldus, arendustunnid, väljumise kulu), lahenduse sobivust kasutajatele (nt demo või prototüübi testimine) ja tarnija varasemat kogemust avalikus sektoris.

## Lepingu olulised tingimused

- intellektuaalomand: kellele kuuluvad tellimuse alusel loodud lahenduse õigused ja lähtekood;
- teenustaseme kokkulepe ja sanktsioonid;
- muudatuste haldus ja arendustunni hind;
- turvaintsidentidest teavitamise kohustus;
- andmete tagastamine ja üleandmine lepingu lõppemisel;
- garantiiaeg ja vigade parandamise tähtajad.

## Pärast hanget

Määra lepingu haldur, jälgi teenustaset ja kasutajate rahulolu ning vaata leping üle vähemalt kord aastas. Jaga kogemusi KOV IT-võrgustikus – teiste KOVide kogemus tarnija ja tarkvaraga on järgmise hanke parim sisend.
`,
    },
  },
  {
    key: 'anna-teada-liidestamine',
    kind: 'DOCUMENTATION',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST', 'SERVICE_OWNER'],
    topics: ['services', 'data'],
    owner: 'ELVL',
    activities: [8],
    et: {
      slug: 'anna-teada-liidestamine-api',
      title: 'Anna Teada liidestamine KOVi infosüsteemidega (API)',
      summary:
        'Mida KOV peaks ette valmistama, et Anna Teada teavitussüsteemi teated jõuaksid tulevikus universaalse API kaudu automaatselt KOVi menetlus- või tööhaldussüsteemi.',
      body: text`
## Mis on Anna Teada

Anna Teada on veebi- ja mobiilirakendus (anna-teada.ee), mille kaudu elanik saab kaardil märkida heakorraprobleemi – näiteks augu teel, kustunud tänavavalgusti, lahtise kaevuluugi või prügi metsa all – ja lisada kirjelduse ning foto. Süsteem suunab teate asukoha järgi õigele omavalitsusele; riigimaanteid puudutavad teated liiguvad riigi teehoiuga tegelevale asutusele. Kaardil on näha, kas teade on käsitlemata või on KOV selle töösse võtnud või lahendanud.

## Mis muutub

Praegu puuduvad Anna Teada infosüsteemil universaalne andmevahetuse moodul (API) KOVide infosüsteemidega liidestamiseks, andmepõhiseks juhtimiseks vajalik analüütikamoodul ja kasutajate rahulolu mõõtmise tööriistad. ELVLi tegevuskava järgi arendatakse välja:

- universaalne API, mis võimaldab teadetel liikuda Anna Teada süsteemist automaatselt KOVi süsteemidesse;
- analüütikamoodul, mis annab ülevaate teadete hulgast, valdkondlikust jaotusest ja lahendamise kiirusest;
- rahulolumõõdikud, mis näitavad, kas lahendus vastas teataja ootustele.

API tehniline kirjeldus avaldatakse siseveebis, kui see valmib. Seni aitab see juhend KOVidel ette valmistuda.

## Kuidas KOV saab ette valmistuda

1. **Kaardista praegune töövoog.** Kes teateid loeb, kuidas need jõuavad heakorra- või teedespetsialistini ja kuidas märgitakse lahendamine? Mitu korda kopeeritakse sama infot käsitsi?
2. **Vali sihtsüsteem.** Kuhu teated peaksid jõudma: dokumendihaldus, tööhaldus- või hooldussüsteem, heakorralepingu partneri süsteem?
3. **Kontrolli sihtsüsteemi võimekust.** Kas tarnija toetab rakendusliidese kaudu kirjete loomist ja oleku tagasi saatmist? Kui ei, küsi arendusplaani ja hinda.
4. **Ühtlusta kategooriad.** Lepi kokku, kuidas Anna Teada kategooriad vastavad KOVi valdkondadele ja vastutajatele.
5. **Lepi kokku olekud.** Milline sündmus KOVi süsteemis tähendab, et teade on töös või lahendatud? Olekute tagasiside on vajalik, et elanik näeks edenemist.
6. **Mõtle andmekaitsele.** Teated võivad sisaldada teataja kontaktandmeid ja fotosid, kus on inimesi või autode numbrimärke. Määra, kes neid näeb ja kui kaua neid säilitatakse.

## Turvalisus

- Liides kasutab krüpteeritud ühendust ja iga KOVi jaoks eraldi autentimist.
- KOV saab ainult oma territooriumi teateid.
- Liidesekasutus logitakse; ligipääsuvõtmeid hoitakse turvaliselt ja vahetatakse töötaja lahkumisel.

## Tagasiside arendusele

ELVL kogub enne arenduse algust KOVidelt infot nende süsteemide ja vajaduste kohta. Kui sinu KOV soovib liidestuse piloodis osaleda, anna sellest ELVLile teada.
`,
    },
  },
  // -------------------------------------------------------------------------
  // Kaasamine, Bürokratt ja tehisintellekt
  // -------------------------------------------------------------------------
  {
    key: 'volis-virtuaalne-istung',
    kind: 'DOCUMENTATION',
    visibility: 'PUBLIC',
    audience: ['LEADERSHIP', 'EVERYONE'],
    topics: ['services'],
    owner: 'ELVL',
    activities: [3],
    et: {
      slug: 'volis-ja-haaletamine-virtuaalsel-volikogu-istungil',
      title: 'VOLIS ja hääletamine virtuaalsel volikogu istungil',
      summary:
        'Mis on VOLIS, kuidas korraldada selle abil virtuaalne või hübriidne volikogu istung koos hääletamisega ning mida kontrollida enne istungit.',
      body: text`
## Mis on VOLIS

VOLIS on kohalike omavalitsuste volikogude ja valitsuste istungite ning rahvaküsitluste infosüsteem. Sellega saab korraldada paberivaba volikogu, valitsuse ja komisjonide tööd, menetleda eelnõusid, pidada virtuaalseid ja hübriidseid istungeid, hääletada (nii nimeliselt kui ka salajaselt), koostada automaatselt protokolli ning edastada istungi videoülekannet. VOLISega saab korraldada ka rahvahääletusi ja kaasava eelarve protsessi. Kasutajad autendivad end ID-kaardi või Mobiil-ID-ga, mis võimaldab hääletaja õigusi automaatselt tuvastada.

VOLISe õiguste omanik on ELVL ja tarkvara on litsentseeritud GPL litsentsi alusel. KOV võtab VOLISe kasutusele teenusepakkujaga sõlmitud lepingu alusel; lähtekoodi saamiseks tuleb esitada ELVLile taotlus.

## Õiguslik raam

Volikogu istungi läbiviimise täpsema korra sätestab volikogu töökord (KOKS § 44 lõige 1). Seadus ei reguleeri eraldi virtuaalset osalemist, seega tuleb elektroonilise osalemise ja hääletamise tingimused kirjutada valla või linna põhimäärusesse või volikogu töökorda. Töökorras tasub kokku leppida:

- millal on virtuaalne või hübriidne istung lubatud;
- kuidas tuvastatakse osaleja isik ja kvoorum;
- kuidas toimub salajane hääletus;
- mis saab siis, kui osaleja ühendus katkeb hääletuse ajal;
- kuidas tagatakse istungi avalikkus (ülekanne, salvestis).

## Kontrollnimekiri enne istungit

1. Kõigil volikogu liikmetel on kehtiv ID-kaart või Mobiil-ID ja nad on VOLISesse varem edukalt sisse loginud.
2. Päevakord ja eelnõud on VOLISes avaldatud töökorras ettenähtud ajaks.
3. Istungi juhataja ja volikogu assistent on läbi mänginud hääletuse ja osaleja lisamise stsenaariumi.
4. Kokku on lepitud tehniline tugi istungi ajaks ja varukanal (nt telefon) ühenduse katkemise puhuks.
5. Istungisaali tehnika (kaamera, mikrofonid, ekraan) on testitud.

## Istungi ajal ja pärast

- Kvoorum ja kohalolijad fikseeritakse VOLISes; füüsiliselt kohal olevad osalejad lisab istungi sekretär.
- Hääletustulemused registreeritakse automaatselt ja kuvatakse osalejatele.
- Pärast istungit vaadatakse automaatne protokoll üle, allkirjastatakse ning avalikustatakse koos salvestisega.

## Edasine areng

Praegune VOLIS on vanemal tehnoloogial põhinev süsteem ja selle kasutajakogemus vajab uuendamist. ELVLi tegevuskavas on 2022. aastal valminud VOLIS2 analüüsi põhjal ette nähtud KOV rahvaküsitluste keskkonna (sh kaasavad eelarved) minimaalse funktsionaalsusega esimese versiooni arendus. Kavandatud on küsitluste haldus, hääletussüsteem (sh isikukoodipõhised hääletused ja rahvahääletused) ning liidestus rahvastikuregistriga. Funktsionaalsused lepitakse kokku koostöös KOVidega.
`,
    },
  },
  {
    key: 'kaasav-eelarve-digitaalselt',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER', 'LEADERSHIP'],
    topics: ['services', 'data'],
    owner: '0793',
    activities: [3],
    et: {
      slug: 'kaasav-eelarve-digitaalselt',
      title: 'Kaasav eelarve digitaalselt: ideedest hääletuseni',
      summary:
        'Kuidas korraldada kaasava eelarve protsess veebis – reeglid, ideede kogumine, hääletus e-identiteediga ja tulemuste avaldamine – Tartu linna kogemuse põhjal.',
      body: text`
## Taust

Kaasav eelarve annab elanikele võimaluse otsustada osa omavalitsuse eelarve kasutamise üle. Tartu võttis kaasava eelarve kasutusele esimese omavalitsusena Eestis 2013. aastal ning praeguseks korraldavad seda paljud vallad ja linnad. Digitaalsed vahendid muudavad osalemise lihtsaks, kuid protsess peab olema läbipaistev ja usaldusväärne ka nende jaoks, kes veebis ei osale.

## Protsess samm-sammult

### 1. Reeglid

Kehtesta kaasava eelarve kord volikogu õigusaktiga. Kirjuta sinna:

- kaasava eelarve suurus ja ühe idee maksimaalne maksumus;
- millised ideed sobivad (nt ainult investeeringuobjektid avalikus ruumis);
- kes võivad ideid esitada (sageli kõik, ka organisatsioonid);
- kes võivad hääletada – näiteks Tartus on see õigus linna registreeritud elanikel alates 14. eluaastast ja linnas õppivatel noortel;
- mitme idee poolt saab üks inimene hääletada;
- ajakava ja elluviimise kohustus.

### 2. Ideede kogumine

- Võimalda ideid esitada veebis (nt VOLISes), e-postiga ja paberil.
- Avalda esitatud ideed koos esitaja nimega, kui kord seda ette näeb; teavita esitajaid sellest ette.
- Paku ideede esitajatele nõu, et idee oleks teostatav ja hinnatav.

### 3. Ettevalmistus

Ametnikud rühmitavad ideed ja hindavad nende teostatavust rahalisest, ajalisest ja tehnilisest vaatest. Iga mitteteostatavaks tunnistatud idee kohta avaldatakse põhjendus. Läbipaistvus selles etapis on usalduse jaoks kriitiline.

### 4. Hääletus

- Kasuta veebihääletust, kus osaleja autendib end ID-kaardi, Mobiil-ID või Smart-IDga ja hääleõigus kontrollitakse rahvastikuregistri andmete põhjal.
- Paku võimalust hääletada ka teeninduspunktis ametniku abiga, isikut tõendava dokumendi alusel.
- Süsteem peab välistama topelthääletuse ja hoidma hääletaja isiku hääle sisust lahus.
- Testi hääletust enne avamist ning lepi kokku, kes ja kuidas tõrke korral reageerib.

### 5. Tulemused ja elluviimine

- Avalda tulemused kohe pärast hääletuse lõppu, soovitatavalt ka avaandmetena (idee, häälte arv, staatus).
- Anna regulaarselt teada võitnud ideede elluviimise seisust.
- Analüüsi osalust (nt vanuserühmade ja piirkondade kaupa, ilma isikuid tuvastamata), et järgmisel aastal jõuda ka nendeni, kes osalesid vähem.

## Tehnilised ja turvalisuse küsimused

Hääletuse ajal võib veebikeskkond olla suurema koormuse või ummistusrünnaku sihtmärk. Lepi teenusepakkujaga kokku koormustest, seire ja reageerimine. ELVLi tegevuskavas arendatav KOV rahvaküsitluste keskkond on mõeldud ka kaasavate eelarvete korraldamiseks.
`,
    },
  },
  {
    key: 'burokratt-kov-veebis',
    kind: 'DOCUMENTATION',
    visibility: 'PUBLIC',
    audience: ['SERVICE_OWNER', 'IT_SPECIALIST'],
    topics: ['services', 'data'],
    owner: 'ELVL',
    activities: [5],
    et: {
      slug: 'burokratt-vestlusrobot-kov-veebis',
      title: 'Bürokratt ehk vestlusrobot KOVi veebis',
      summary:
        'Mis on Bürokratt, kuidas KOV saab selle oma veebilehel kasutusele võtta ning kuidas hoida vestlusroboti vastused õiged ja kasutajale kasulikud.',
      body: text`
## Mis on Bürokratt

Bürokratt on avaliku sektori vestlusrobotite ehk krattide koosvõimeline võrgustik, mis toimib kasutaja jaoks ühtse kanalina avalike teenuste ja info saamiseks. Idee on, et inimene saab esitada küsimuse ühes kohas ja Bürokratt leiab vastuse sõltumata sellest, millise asutuse pädevusse küsimus kuulub. Bürokratti arendab riik avatud lähtekoodiga lahendusena; asutused saavad selle oma veebilehele lisada ning hallata vastuseid ja teenuseid Bürokrati tagatoa kaudu. ELVLi tegevuskavas on ette nähtud Bürokrati piloteerimine KOVide üldandmete osas.

## Mida vestlusrobot KOVis teha saab

- vastata korduma kippuvatele küsimustele: lahtiolekuajad, kontaktid, jäätmevedu, lasteaiakoha taotlemine, toetused;
- juhatada inimese õige e-teenuse või vormi juurde;
- anda dünaamilist infot rakendusliideste või X-tee teenuste kaudu (nt teenuse olek), kui selline teenus on loodud;
- suunata vestluse ametnikule, kui robot vastust ei tea.

## Kasutuselevõtu sammud

1. **Ulatus.** Vali 20–30 kõige sagedasemat küsimust. Vaata, millest elanikud kõige rohkem helistavad ja kirjutavad.
2. **Sisuomanikud.** Igal teemal on vastutaja, kes kinnitab vastuse õigsuse ja uuendab seda, kui kord muutub.
3. **Vastuste koostamine.** Kirjuta lühidalt ja lihtsas keeles, lisa link allikale. Treeni robotit mitme erineva küsimuse sõnastusega, sest inimesed küsivad sama asja väga erinevalt.
4. **Ametniku kaasamine.** Lepi kokku, millal ja kes vestluse üle võtab ning mida öeldakse väljaspool tööaega.
5. **Tehniline liidestus.** Lisa vestlusaken veebilehele teenusepakkuja ja Bürokrati meeskonna juhiste järgi.
6. **Testimine.** Lase töötajatel ja mõnel elanikul robotit enne avalikku käivitamist proovida.

## Andmekaitse ja turvalisus

- Ära palu vestluses isikukoodi, terviseandmeid ega muid tundlikke andmeid, kui kasutaja ei ole autenditud ja selleks ei ole selget vajadust.
- Teavita kasutajat, et ta suhtleb vestlusrobotiga, ja selgita, kuidas vestluse andmeid kasutatakse ja säilitatakse.
- Vestluslogid on vajalikud vastuste parendamiseks, kuid neile tuleb kehtestada säilitustähtaeg ja ligipääsuõigused.

## Hooldus ja mõõtmine

- Vaata kord nädalas üle küsimused, millele robot vastust ei leidnud, ja lisa uued vastused.
- Uuenda vastuseid kohe, kui muutub kord, tasu või kontakt.
- Jälgi, kui suur osa vestlustest lõppes vastusega ja kui paljud suunati ametnikule; küsi vestluse lõpus hinnangut skaalal 1–10.

Vestlusrobot ei asenda head veebilehte: kui vastus on veebis raskesti leitav, paranda ka veebilehte.
`,
    },
    en: {
      slug: 'burokratt-chatbot-on-the-local-government-website',
      title: 'Bürokratt: a chatbot on the local government website',
      summary:
        'What Bürokratt is, how a local government can introduce it on its website, and how to keep the chatbot’s answers correct and useful to the user.',
      body: text`
## What is Bürokratt

Bürokratt is an interoperable network of public sector chatbots ("kratid") that works as a single channel for users to obtain public services and information. The idea is that a person can ask a question in one place and Bürokratt finds the answer regardless of which authority the question belongs to. The state develops Bürokratt as an open-source solution; authorities can add it to their website and manage answers and services through the Bürokratt back office. ELVL's action plan includes piloting Bürokratt for general local government information.

## What a chatbot can do for a local government

- answer frequently asked questions: opening hours, contacts, waste collection, applying for a kindergarten place, benefits;
- guide the person to the right e-service or form;
- provide dynamic information through APIs or X-tee services (e.g. the status of an application), if such a service has been built;
- hand the conversation over to an official when the bot does not know the answer.

## Steps to introduce it

1. **Scope.** Choose the 20–30 most frequent questions. Look at what residents call and write about most.
2. **Content owners.** Each topic has an owner who confirms that the answer is correct and updates it when the rules change.
3. **Writing answers.** Write briefly and in plain language, and add a link to the source. Train the bot with several different phrasings of the question, because people ask the same thing in very different ways.
4. **Involving officials.** Agree when and by whom a conversation is taken over, and what is said outside office hours.
5. **Technical integration.** Add the chat window to the website following the instructions of the service provider and the Bürokratt team.
6. **Testing.** Let employees and a few residents try the bot before the public launch.

## Data protection and security

- Do not ask for a personal identification code, health data or other sensitive data in the chat unless the user is authenticated and there is a clear need.
- Tell users that they are talking to a chatbot and explain how conversation data is used and stored.
- Conversation logs are needed to improve the answers, but a retention period and access rights must be set for them.

## Maintenance and measurement

- Once a week, review the questions to which the bot found no answer and add new answers.
- Update answers as soon as a procedure, fee or contact changes.
- Track what share of conversations ended with an answer and how many were handed over to an official; at the end of the conversation, ask for a rating on a scale of 1–10.

A chatbot does not replace a good website: if an answer is hard to find on the website, improve the website too.
`,
    },
  },
  {
    key: 'tehisintellekti-kasutamise-pohimotted',
    kind: 'POLICY',
    visibility: 'PUBLIC',
    audience: ['EVERYONE', 'LEADERSHIP'],
    topics: ['data', 'cyber-security'],
    owner: 'ELVL',
    activities: [5],
    et: {
      slug: 'tehisintellekti-kasutamise-pohimotted-kovis',
      title: 'Tehisintellekti kasutamise põhimõtted KOVis',
      summary:
        'Näidispõhimõtted, mille KOV saab kohandada oma asutuse tehisintellekti kasutamise korraks: milleks AI-d kasutada, mida vältida ja kes vastutab.',
      body: text`
## Eesmärk

Tehisintellekti (AI) tööriistad, eriti suured keelemudelid, aitavad ametnikel kirjutada, kokku võtta, tõlkida ja infot leida. Samas võivad need anda veenvalt valesid vastuseid, lekitada sisestatud andmeid või viia ebaõiglaste otsusteni. Need põhimõtted aitavad [valla/linna] töötajatel AI-d kasutada kasulikult ja vastutustundlikult. Põhimõtted arvestavad Euroopa Liidu tehisintellekti määrust (EL) 2024/1689, isikuandmete kaitse üldmäärust ja avaliku teabe seadust.

## Põhimõtted

1. **Inimene vastutab.** AI on abivahend. Iga AI abil koostatud tekst, analüüs või otsuse eelnõu vaadatakse üle ja selle eest vastutab ametnik, kes seda kasutab.
2. **Haldusotsuseid ei tehta automaatselt.** Toetuste, teenuste ja lubade kohta teeb otsuse inimene. Kui AI-d kasutatakse otsuse ettevalmistamisel, peab olema võimalik selgitada, millele otsus tugineb.
3. **Andmed on kaitstud.** Avalikesse AI-teenustesse ei sisestata isikuandmeid, asutusesiseseks kasutamiseks mõeldud teavet ega ärisaladusi. Selliste andmetega tohib töötada ainult asutuse heakskiidetud tööriistades, mille lepingus on välistatud andmete kasutamine mudeli treenimiseks.
4. **Kasutatakse heakskiidetud tööriistu.** IT ja infoturbe vastutaja peavad nimekirja tööriistadest, mida tohib kasutada, ja tingimustest, millel neid tohib kasutada.
5. **Läbipaistvus.** Kui elanik suhtleb vestlusroboti või muu AI-süsteemiga, antakse talle sellest teada. Olulisel määral AI abil koostatud avalikud tekstid vaatab toimetaja üle.
6. **Faktid kontrollitakse.** Õigusaktide viited, numbrid, nimed ja tsitaadid kontrollitakse alati algallikast.
7. **Võrdne kohtlemine.** AI-süsteemi kasutuselevõtul hinnatakse, kas see võib mõnda elanike rühma ebaõiglaselt kohelda.
8. **Oskused.** Töötajad, kes AI-d kasutavad, saavad selleks koolituse. AI määrus nõuab, et AI-süsteemide kasutuselevõtjad tagaksid oma töötajate piisava AI-alase kirjaoskuse.

## Lubatud ja keelatud näited

| Sobib | Ei sobi |
|---|---|
| avaliku uudise või kutse mustandi koostamine | sotsiaaltöö juhtumi kirjelduse sisestamine avalikku vestlusrobotisse |
| avaliku dokumendi kokkuvõte või tõlge | toetuse taotluse automaatne rahuldamine või tagasilükkamine |
| Exceli valemi või päringu koostamise abi | isikukoodide või terviseandmetega tabeli üleslaadimine avalikku teenusesse |
| ideede kogumine ürituse korraldamiseks | AI loodud teksti avaldamine ilma ülevaatuseta |

## Uue AI-süsteemi kasutuselevõtt

Enne kasutuselevõttu hinnatakse eesmärki, andmeid, riske ja AI määruse kohast riskitaset (nt avalike hüvede ja teenuste saamise hindamisel kasutatavad süsteemid võivad olla suure riskiga). Vajadusel tehakse andmekaitsealane mõjuhinnang. Kasutusel olevad AI-süsteemid kantakse asutuse ülevaatesse koos vastutajaga.

## Ülevaatamine

Põhimõtted vaadatakse üle vähemalt kord aastas, sest tehnoloogia ja õiguslik raamistik muutuvad kiiresti.
`,
    },
    en: {
      slug: 'principles-for-using-artificial-intelligence-in-local-government',
      title: 'Principles for using artificial intelligence in local government',
      summary:
        'Model principles that a local government can adapt as its own rules on the use of artificial intelligence: what to use AI for, what to avoid and who is responsible.',
      body: text`
## Purpose

Artificial intelligence (AI) tools, especially large language models, help officials write, summarise, translate and find information. At the same time they can give convincingly wrong answers, leak the data entered into them or lead to unfair decisions. These principles help the employees of [municipality/city] use AI usefully and responsibly. The principles take into account the EU Artificial Intelligence Act (Regulation (EU) 2024/1689), the General Data Protection Regulation and the Public Information Act.

## Principles

1. **A human is responsible.** AI is an aid. Every text, analysis or draft decision prepared with AI is reviewed, and the official who uses it is responsible for it.
2. **Administrative decisions are not made automatically.** Decisions on benefits, services and permits are made by a person. If AI is used to prepare a decision, it must be possible to explain what the decision is based on.
3. **Data is protected.** Personal data, information intended for internal use and trade secrets are not entered into public AI services. Such data may only be processed in tools approved by the organisation whose contract excludes the use of the data for training the model.
4. **Approved tools are used.** IT and the person responsible for information security keep a list of tools that may be used and the conditions under which they may be used.
5. **Transparency.** When a resident interacts with a chatbot or another AI system, they are told so. Public texts prepared to a significant extent with AI are reviewed by an editor.
6. **Facts are checked.** References to legislation, figures, names and quotations are always checked against the original source.
7. **Equal treatment.** When an AI system is introduced, it is assessed whether it might treat a group of residents unfairly.
8. **Skills.** Employees who use AI are trained to do so. The AI Act requires deployers of AI systems to ensure a sufficient level of AI literacy among their staff.

## Examples of what is and is not allowed

| Suitable | Not suitable |
|---|---|
| drafting a public news item or invitation | entering the description of a social work case into a public chatbot |
| summarising or translating a public document | automatically granting or rejecting a benefit application |
| help with an Excel formula or a query | uploading a table with personal identification codes or health data to a public service |
| collecting ideas for organising an event | publishing AI-generated text without review |

## Introducing a new AI system

Before introduction, the purpose, data, risks and the risk level under the AI Act are assessed (e.g. systems used to evaluate eligibility for public benefits and services may be high-risk). Where necessary, a data protection impact assessment is carried out. AI systems in use are entered in the organisation's overview together with the person responsible.

## Review

The principles are reviewed at least once a year, because technology and the legal framework change quickly.
`,
    },
  },
  // -------------------------------------------------------------------------
  // Kogukond, andmekaitse ja veebiturve
  // -------------------------------------------------------------------------
  {
    key: 'kov-it-vorgustiku-seminarid',
    kind: 'HOW_TO',
    visibility: 'PUBLIC',
    audience: ['IT_SPECIALIST', 'EVERYONE'],
    topics: ['it-management'],
    owner: 'ELVL',
    activities: [6],
    et: {
      slug: 'kov-it-vorgustiku-seminarid-kuidas-osaleda',
      title: 'KOV IT-võrgustiku seminarid: kuidas osaleda',
      summary:
        'Millised üritused KOV IT-võrgustikul on, kellele need on mõeldud, kuidas registreeruda ning kuidas pakkuda välja oma teemat või kogemuslugu.',
      body: text`
## Mis on KOV IT-võrgustik

KOV IT-võrgustik ühendab omavalitsuste IT-spetsialiste, infoturbe ja andmete eest vastutajaid ning teenuste arendajaid. Võrgustikku koordineerib ELVL. Digipöörde tegevuskava eesmärk on, et KOVid oleksid teadlikumad üksteise parimatest praktikatest ja riigi kesksetest lahendustest ning et omavahelist koostööd oleks rohkem.

## Ürituste vormid

- **Virtuaalsed lühiseminarid** – toimuvad regulaarselt veebis ja kestavad umbes tund. Üks-kaks teemat, näiteks uus riigi lahendus, E-ITS mooduli praktiline rakendamine või värske küberohu ülevaade.
- **Sügisene kahepäevane seminar** – suurem kokkusaamine, kus on ettekanded, töötoad ja aega omavaheliseks suhtluseks.
- **Töötoad ja kogemuslood** – KOV IT-juhtimise parimate praktikate jagamine: IT-teenuste korraldus KOVis, tugiteenuste konsolideerimise võimalused, teenustega seotud tarkvarade võrdlus, IT-juhtimise mudelid.
- **Suundade seminarid** – digipöörde suundade kaupa: andmed, küberturve ja teenused.

**Kellele üritused on mõeldud:**

- KOVide IT-spetsialistid ja IT-juhid, ka lepingupartnerid, kes KOVi IT-d haldavad;
- infoturbe ja andmekaitse eest vastutajad;
- teenuste, andmete ja digiarenduse eest vastutavad ametnikud;
- juhtkonna liikmed, kui teemaks on IT-juhtimine või eelarve.

## Kuidas osaleda

1. **Liitu võrgustiku infolistiga.** Anna ELVLile teada oma nimi, KOV ja roll; lisame sind listi, kuhu saadetakse kutsed ja materjalid.
2. **Registreeru.** Iga ürituse kutses on registreerimise link ja tähtaeg. Sügisseminari kohtade arv võib olla piiratud, seega registreeru aegsasti.
3. **Vaata materjale.** Ettekannete slaidid ja võimalusel salvestised avaldatakse KOV-üleses siseveebis liikmetele.
4. **Esita küsimusi ette.** Kui sul on konkreetne mure, saada see korraldajale enne seminari – nii saab esineja sellele vastata.

## Kuidas pakkuda teemat või kogemuslugu

Parimad seminarid on need, kus KOVid räägivad oma päris kogemusest. Kui su omavalitsus on lahendanud mõne probleemi – kolinud e-posti pilve, korraldanud õngitsusharjutuse, avaldanud avaandmeid või ühendanud koolide IT vallavalitsuse omaga –, saada ELVLile lühike kirjeldus: mis oli probleem, mida tegite, mis õnnestus ja mis mitte.

## Kokkulepped

- Turvateemadel kehtib reegel: arutatut võib kasutada, kuid ei avaldata, milline KOV või inimene mida ütles.
- Turvanõrkuste ja intsidentide üksikasju jagatakse ainult liikmetele mõeldud kanalites.
- Tarnijate ja toodete kohta jagatakse kogemusi faktipõhiselt ja viisakalt.
`,
    },
  },
  {
    key: 'isikuandmete-kaitse-kovis',
    kind: 'POLICY',
    visibility: 'PUBLIC',
    audience: ['EVERYONE', 'SERVICE_OWNER'],
    topics: ['data', 'cyber-security', 'e-its/CON', 'e-its/CON.2'],
    owner: 'ELVL',
    activities: [4, 5],
    et: {
      slug: 'isikuandmete-kaitse-kovis',
      title: 'Isikuandmete kaitse KOVis (E-ITS CON.2)',
      summary:
        'KOVi isikuandmete kaitse põhinõuded ja korraldus: andmekaitsespetsialist, töötlemistoimingute register, mõjuhinnang, volitatud töötlejad ja rikkumistest teavitamine.',
      body: text`
## Õiguslik raam

KOV töötleb igapäevaselt palju isikuandmeid: rahvastikuregistri andmeid, sotsiaalhoolekande andmeid (sh eriliigilisi andmeid tervise kohta), haridus-, maksu- ja ehitusvaldkonna andmeid. Töötlemist reguleerivad isikuandmete kaitse üldmäärus (IKÜM), isikuandmete kaitse seadus ja valdkondlikud seadused; järelevalvet teeb Andmekaitse Inspektsioon. Eesti infoturbestandardis (E-ITS) käsitleb isikuandmete kaitset moodul CON.2 „Isikuandmete kaitse“.

## Põhimõtted

- **Õiguslik alus.** Igal töötlemisel on alus – enamasti seadusest tulenev avalik ülesanne; nõusolekule tuginetakse harva.
- **Eesmärgipärasus ja minimaalsus.** Kogutakse ainult neid andmeid, mida on vaja, ja kasutatakse neid ainult kindlal eesmärgil.
- **Säilitamine.** Andmeid hoitakse ainult nii kaua, kui vaja; tähtajad tulenevad õigusaktidest ja asutuse dokumentide loetelust.
- **Turvalisus.** Juurdepääs on rollipõhine, andmete vaatamine logitakse ja andmed on kaitstud E-ITS meetmetega.
- **Läbipaistvus.** Inimesele selgitatakse arusaadavalt, milliseid andmeid ja miks töödeldakse.

## Korraldus KOVis

1. **Andmekaitsespetsialist.** Avaliku sektori asutusena peab KOV määrama andmekaitsespetsialisti (IKÜM artikkel 37). Väiksemad KOVid võivad kasutada jagatud teenust, kuid spetsialist peab olema sõltumatu ja kättesaadav.
2. **Töötlemistoimingute register.** Pea arvestust, milliseid isikuandmeid, mis eesmärgil ja alusel, kellega jagades ja kui kaua töödeldakse (artikkel 30).
3. **Mõjuhinnang.** Suure riskiga töötlemise korral (nt uus sotsiaalvaldkonna infosüsteem, avaliku ruumi videovalve) tehakse enne kasutuselevõttu andmekaitsealane mõjuhinnang (artikkel 35).
4. **Volitatud töötlejad.** Tarkvara- ja IT-teenuse pakkujatega sõlmitakse isikuandmete töötlemise leping (artikkel 28), kus on kirjas turvanõuded ja alltöötlejate kasutamise tingimused.
5. **Juurdepääsupiirangud.** Isikuandmeid sisaldavad dokumendid tähistatakse dokumendiregistris asutusesiseseks kasutamiseks mõeldud teabena ning avaldatakse ainult seaduse alusel.

## Rikkumised

- Töötaja teatab võimalikust rikkumisest (nt vale adressaat, kadunud seade, volitamata juurdepääs) kohe andmekaitsespetsialistile ja IT-le.
- Kui rikkumine tõenäoliselt ohustab inimeste õigusi, teavitatakse Andmekaitse Inspektsiooni 72 tunni jooksul (artikkel 33).
- Kui risk on suur, teavitatakse ka inimesi endid (artikkel 34).
- Kõik rikkumised dokumenteeritakse, ka need, millest inspektsiooni ei teavitatud.

## Inimeste õigused ja töötajate kohustused

Inimesel on õigus tutvuda enda andmetega, nõuda nende parandamist ja teatud juhtudel kustutamist või töötlemise piiramist. Lepi kokku, kes taotlustele vastab, ja vasta ühe kuu jooksul. Logid aitavad vastata küsimusele, kes inimese andmeid vaatas.

Iga töötaja kasutab isikuandmeid ainult tööülesannete täitmiseks, ei vaata uudishimust teiste inimeste andmeid, saadab andmeid ainult turvaliste kanalite kaudu ja läbib andmekaitse koolituse.
`,
    },
  },
  {
    key: 'veebirakenduste-turvalisus',
    kind: 'BEST_PRACTICE',
    visibility: 'MEMBERS',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/APP', 'e-its/APP.3.1', 'e-its/CON.10'],
    owner: '0784',
    activities: [4],
    et: {
      slug: 'veebirakenduste-turvalisus-kovis',
      title: 'Veebirakenduste ja KOVi veebilehe turvalisus (E-ITS APP.3.1)',
      summary:
        'Kontrollnimekiri KOVi veebilehe, iseteeninduse ja muude veebirakenduste turvaliseks arendamiseks ja haldamiseks koos nõuetega, mida esitada veebiarendajale.',
      body: text`
## Miks see on oluline

Valla või linna veebileht ja iseteenindus on elanike jaoks peamine kanal. Avalikult ligipääsetavad veebirakendused on ka ründajate esimene sihtmärk: ummistusrünnakud Eesti avaliku sektori veebide vastu on sagedased ning vanemate sisuhaldussüsteemide ja pluginate turvavead leitakse automaatsete skanneritega kiiresti üles. Eesti infoturbestandardis (E-ITS) käsitleb veebirakendusi moodul APP.3.1 „Veebirakendused“ ja nende arendust moodul CON.10 „Veebirakenduste arendus“.

## Haldamise kontrollnimekiri

- [ ] Sisuhaldussüsteem, teemad ja pluginad on uuendatud; turvauuendused paigaldatakse mõne päeva jooksul.
- [ ] Kasutamata pluginad, kasutajad ja testlehed on eemaldatud.
- [ ] Administraatori liides on kaitstud mitmikautentimisega ja võimalusel piiratud IP-aadresside või VPNiga.
- [ ] Sait kasutab ainult HTTPS-ühendust kaasaegse TLS-seadistusega ja HSTS-päisega.
- [ ] Turvapäised on seadistatud (nt Content-Security-Policy, X-Content-Type-Options, Referrer-Policy).
- [ ] Veebilehest ja andmebaasist tehakse regulaarselt varukoopiaid väljaspool serverit ning taastamist on proovitud.
- [ ] Vormid on kaitstud automaatse rämpsu eest ja kasutaja sisend valideeritakse serveri poolel.
- [ ] Failide üleslaadimine lubab ainult vajalikke failitüüpe ja -suurusi ning failid kontrollitakse.
- [ ] Veebiserveri ja rakenduse logid kogutakse kesksesse logihaldusesse.
- [ ] Ummistusrünnakute vastu on kokku lepitud kaitse majutus- või võrguteenuse pakkujaga.

## Nõuded veebiarendajale

1. Arendus arvestab OWASP Top 10 riskidega (nt süstimisründed, katkine juurdepääsukontroll, turvaseadistuse vead).
2. Enne kasutuselevõttu tehakse turvatestimine; olulisema rakenduse puhul sõltumatu partneri poolt.
3. Kasutajate autentimiseks kasutatakse riigi autentimisteenust TARA või muud tugevat autentimist; paroole ei hoita avatekstina.
4. Arendaja teatab leitud turvavigadest ja parandab kriitilised vead kokkulepitud aja jooksul.
5. Lähtekood, paigaldusjuhend ja sõltuvuste nimekiri antakse tellijale üle.
6. Veebileht vastab ligipääsetavuse nõuetele.

## Isikuandmed veebis

- Vormidega kogu ainult vajalikke andmeid ja edasta need turvaliselt dokumendihaldusse; ära jäta neid aastateks veebiserverisse.
- Ära avalda dokumendiregistris ega volikogu materjalides isikuandmeid, mille avaldamiseks pole alust.
- Küpsiste ja analüütika kasutamisel järgi andmekaitse nõudeid ja teavita külastajaid.

## Seire

- Jälgi veebilehe kättesaadavust ja sertifikaadi aegumist automaatselt.
- Kasuta haavatavuste skannerit vähemalt kord kvartalis ja pärast suuremaid muudatusi.
- Kui sait rikutakse, käsitle seda turvaintsidendina: võta sait maha või asenda see ajutise teatelehega, säilita logid ja teavita CERT-EE-d.
`,
    },
  },
  {
    key: 'naidisvalla-e-its-teekond',
    kind: 'CASE_STUDY',
    visibility: 'PUBLIC',
    audience: ['LEADERSHIP', 'IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/ISMS', 'e-its/ISMS.1', 'e-its/CON.3', 'e-its/ORP.4'],
    owner: 'ELVL',
    activities: [4, 6],
    et: {
      slug: 'naidisvalla-e-its-teekond',
      title: 'Juhtumiuuring: Näidisvalla E-ITS teekond',
      summary:
        'Hüpoteetiline, kuid tüüpiline lugu väikesest vallast, kes alustas E-ITS rakendamist ühe IT-spetsialisti ja lepingupartneriga. Näitab, et küberturvalisus paraneb järjekindlate väikeste sammudega.',
      body: text`
## Märkus

Näidisvald on väljamõeldud omavalitsus. Lugu on koostatud KOVide tüüpiliste olukordade põhjal ega kirjelda ühtegi konkreetset valda. Arvud ja nimed on jäetud meelega üldiseks.

## Lähteolukord

Näidisvald on maapiirkonna vald, mis tekkis haldusreformi käigus mitme endise valla ühinemisel. Vallavalitsuses töötab üks IT-spetsialist, serverite ja võrgu haldus on ostetud lepingupartnerilt. Vallal olid olemas ISKE ajal koostatud dokumendid, kuid neid ei järgitud. Koolidel ja raamatukogudel olid oma IT-lahendused. Juhtkond pidas infoturvet tehniliseks küsimuseks.

Pöördepunktiks oli naabervalla kogemus lunavararünnakuga, millest räägiti KOV IT-võrgustiku seminaril. Vallavanem küsis oma IT-spetsialistilt, kui kiiresti vald sellise rünnaku järel taastuks, ja selgus, et usaldusväärset vastust ei olnud kellelgi.

## Mida tehti

**Esimesed kolm kuud.** Vallavanem kinnitas otsuse rakendada Eesti infoturbestandardit (E-ITS) ja määras infoturbe vastutajaks vallasekretäri koos IT-spetsialistiga. Vald liitus ELVLi E-ITS mentorvõrgustikuga ja sai mentoriks sarnase suurusega valla IT-juhi. Kaardistati põhiprotsessid ja infosüsteemid, sh pilveteenused.

**Kolm kuni üheksa kuud.** Kaitsetarbe hindamisel selgus, et kõige kriitilisemad on sotsiaalvaldkonna menetlus, dokumendihaldus ja palgaarvestus. Esmalt rakendati põhimeetmed, mis katsid suurima riski:

- varundus viidi kooskõlla CON.3 mooduliga: lisati muutumatu varukoopia ja tehti esimene taastetest;
- e-postile ja kaugligipääsule lülitati sisse mitmikautentimine;
- kontode ülevaatusel suleti lahkunud töötajate kontod ja eemaldati liigsed administraatoriõigused (ORP.4);
- külalisvõrk ja koolide õppevõrk eraldati vallavalitsuse võrgust.

**Üheksa kuni kaksteist kuud.** Koostati riskianalüüs ja rakendusplaan, mille juhtkond kinnitas koos eelarvega. Töötajatele korraldati infoturbe infotund ja õngitsusharjutus. Lepingupartneriga lisati lepingusse reageerimisajad ja logide edastamise nõue.

**Teine aasta.** Vald tellis koos kahe naabervallaga ühishankena E-ITS auditi. Auditi leiud puudutasid peamiselt dokumenteerimist ja logide regulaarset ülevaatust; neile koostati parandusplaan.

## Õppetunnid

- Juhtkonna otsus ja nimeline vastutaja olid olulisemad kui ükski tehniline lahendus.
- Mentori kogemus säästis aega: vald ei pidanud dokumente nullist looma.
- Suurim kasu tuli kõige lihtsamatest meetmetest – varundusest, mitmikautentimisest ja kontode korrastamisest.
- Koolide kaasamine oli keeruline, kuid vajalik, sest võrgud ja kontod olid seotud.
- Ühishange vähendas auditi tellimise halduskoormust.

## Küsimused aruteluks

1. Kes on teie KOVis infoturbe eest nimeliselt vastutav?
2. Millal viimati tõestasite, et kriitilised andmed on taastatavad?
3. Milline on teie kolm esimest sammu järgmise kvartali jooksul?
`,
    },
    en: {
      slug: 'case-study-e-its-journey-of-a-sample-municipality',
      title: 'Case study: the E-ITS journey of a sample municipality',
      summary:
        'A hypothetical but typical story of a small rural municipality that started implementing E-ITS with one IT specialist and an IT contractor. It shows that cyber security improves through consistent small steps.',
      body: text`
## Note

"Näidisvald" (the sample municipality) is a fictional local government. The story is based on situations typical of Estonian local governments and does not describe any particular municipality. Figures and names have been kept general on purpose.

## Starting point

The sample municipality is a rural municipality formed by merging several former municipalities during the administrative reform. The municipal administration has one IT specialist; server and network administration is bought from a contractor. The municipality had documents prepared in the ISKE era, but they were not followed. Schools and libraries had their own IT solutions. Management considered information security a technical matter.

The turning point was a neighbouring municipality's experience with a ransomware attack, which was discussed at a local government IT network seminar. The mayor asked the IT specialist how quickly the municipality would recover from such an attack, and it turned out that nobody had a reliable answer.

## What was done

**The first three months.** The mayor approved the decision to implement E-ITS (Eesti infoturbestandard, the Estonian Information Security Standard) and appointed the municipal secretary, together with the IT specialist, as responsible for information security. The municipality joined ELVL's E-ITS mentor network and was paired with the IT manager of a municipality of similar size. The core processes and information systems, including cloud services, were mapped.

**Months three to nine.** The protection needs assessment showed that social welfare case handling, records management and payroll were the most critical. The basic measures covering the greatest risks were implemented first:

- backups were brought into line with module CON.3: an immutable copy was added and the first restore test was carried out;
- multi-factor authentication was switched on for e-mail and remote access;
- an account review closed the accounts of employees who had left and removed excessive administrator rights (ORP.4);
- the guest network and the schools' learning network were separated from the administration's network.

**Months nine to twelve.** A risk analysis and an implementation plan were prepared and approved by management together with a budget. An information security briefing and a phishing exercise were held for employees. Response times and a requirement to forward logs were added to the contract with the IT contractor.

**The second year.** Together with two neighbouring municipalities, the municipality commissioned an E-ITS audit through a joint procurement. The audit findings mainly concerned documentation and the regular review of logs; a corrective action plan was drawn up for them.

## Lessons learned

- The management decision and a named person responsible mattered more than any technical solution.
- The mentor's experience saved time: the municipality did not have to create documents from scratch.
- The greatest benefit came from the simplest measures – backups, multi-factor authentication and cleaning up accounts.
- Involving the schools was difficult but necessary, because the networks and accounts were linked.
- The joint procurement reduced the administrative burden of commissioning the audit.

## Questions for discussion

1. Who in your local government is, by name, responsible for information security?
2. When did you last prove that critical data can be restored?
3. What are your first three steps for the next quarter?
`,
    },
  },
  {
    key: 'naidisvalla-it-konsolideerimine',
    kind: 'CASE_STUDY',
    visibility: 'MEMBERS',
    audience: ['LEADERSHIP', 'IT_SPECIALIST'],
    topics: ['it-management', 'cyber-security'],
    owner: 'ELVL',
    activities: [6],
    et: {
      slug: 'naidisvalla-it-konsolideerimine',
      title: 'Juhtumiuuring: Näidisvalla IT konsolideerimine hallatavates asutustes',
      summary:
        'Hüpoteetiline lugu sellest, kuidas ühinenud vald koondas vallavalitsuse, koolide ja raamatukogude killustunud IT ühtse korralduse alla ning mida see protsess õpetas.',
      body: text`
## Märkus

Näidisvald on väljamõeldud omavalitsus. Lugu põhineb KOV IT-võrgustikus sageli arutatud olukordadel ega kirjelda ühtegi konkreetset KOVi.

## Lähteolukord

Näidisvald tekkis haldusreformi käigus nelja endise valla ühinemisel. Mitu aastat pärast ühinemist oli vallal:

- kolm erinevat IT-lepingupartnerit endiste vallamajade kaupa;
- koolides oma haldurid ja eraldi kontod, mõnes koolis ühine võrk õpilaste ja töötajate vahel;
- mitu e-posti ja failide jagamise lahendust;
- litsentsid, mida maksti nii asutuse kui ka vallavalitsuse eelarvest;
- puudulik ülevaade sellest, kellel millistele süsteemidele ligipääs on.

Vallavalitsus otsustas IT konsolideerida, kui selgus, et E-ITS rakendamine asutuste kaupa ei ole jõukohane.

## Protsess

**Inventuur.** Vallavalitsuse IT-spetsialist kogus koos asutuste juhtidega kokku seadmed, tarkvara, lepingud ja kulud. Juba see andis esimese kasu: leiti topeltlitsentse ja lepinguid, mille teenust enam ei kasutatud.

**Teenusekataloog.** Kirjeldati kuus alusteenust: töökoht, e-post ja koostöö, kasutajatugi, võrk ja internet, failid ja varundus, õppe-IT koolidele. Iga teenuse kohta lepiti kokku teenustase.

**Korraldusmudel.** Kaaluti oma IT-üksuse loomist, ühe partneri hanget ja hübriidmudelit. Valiti hübriidmudel: strateegiline juhtimine, infoturve ja lepingute haldus jäid vallavalitsusse, teostus osteti hankega ühelt partnerilt. Koolide õppetarkvara valivad koolid ise ühiste turvareeglite piires.

**Üleminek.** Esmalt ühtlustati kontod ja e-post koos mitmikautentimisega, seejärel varundus ja kasutajatugi. Koolide õppevõrgud eraldati töötajate võrgust. Vanad lepingud lõpetati järk-järgult nende tähtaegade järgi.

**Suhtlus.** Asutuste juhtidele ja töötajatele tutvustati muudatusi enne nende tegemist. Igas koolis määrati kontaktisik, kes edastab kasutajate vajadused.

## Tulemused ja raskused

**Mis õnnestus:**

- Vallal on üks ülevaade IT-varadest, lepingutest ja kuludest.
- Turvaseaded on kõigis asutustes ühtsed, mis lõi aluse E-ITS rakendamisele kogu vallas.
- Kasutajatugi on kõigile asutustele ühe kontakti kaudu kättesaadav.
- Kulusid saab võrrelda teenuste kaupa ja eelarvet planeerida terviklikult.

**Mis oli keeruline:**

- Koolide mure, et nende vajadused jäävad tahaplaanile; lahenduseks said regulaarsed kohtumised ja kokkulepitud teenustase.
- Üleminekuaeg, mil vanad ja uued lahendused töötasid paralleelselt.
- Ühe partneri valikuga kaasneb sõltuvus; seetõttu lisati lepingusse dokumentatsiooni ja väljumise nõuded.

## Küsimused aruteluks

1. Kas teie KOVil on ülevaade kõigi hallatavate asutuste IT-kuludest?
2. Millised IT-teenused on teie asutustes dubleeritud?
3. Milline korraldusmudel sobiks teie omavalitsuse suuruse ja tööjõuturuga?
`,
    },
  },
  {
    key: 'infoturbepoliitika-mall',
    kind: 'TEMPLATE',
    visibility: 'PUBLIC',
    audience: ['LEADERSHIP', 'IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/ISMS', 'e-its/ISMS.1', 'e-its/ORP', 'e-its/ORP.1'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'infoturbepoliitika-mall-kovile',
      title: 'Infoturbepoliitika mall KOVile',
      summary:
        'Kohandatav infoturbepoliitika põhi vallale või linnale, mis vastab Eesti infoturbestandardi (E-ITS) mooduli ISMS.1 ootustele. Küberturvalisus saab alguse juhtkonna selgest sõnumist.',
      body: text`
## Kasutusjuhis

Infoturbepoliitika on lühike juhtkonna dokument, mis ütleb, miks ja kuidas [valla/linna] infoturvet korraldatakse. See ei ole tehniline juhend – üksikasjad on eraldi kordades. E-ITS ehk Eesti infoturbestandard (moodul ISMS.1 „Turbehaldus“) eeldab, et poliitika on juhtkonna kinnitatud, töötajatele tutvustatud ja regulaarselt üle vaadatud. Asenda nurksulgudes tekst ja kustuta juhised.

## Poliitika tekst

### 1. Eesmärk

[Valla/linna] eesmärk on tagada elanikele ja ettevõtjatele osutatavate teenuste toimepidevus ning töödeldava teabe, sh isikuandmete, käideldavus, terviklus ja konfidentsiaalsus. Infoturve on juhtimise osa ja iga töötaja vastutus.

### 2. Kehtivus

Poliitika kehtib [vallavalitsusele/linnavalitsusele] ja tema hallatavatele asutustele [loetelu või viide], nende töötajatele ning lepingupartneritele, kellel on ligipääs asutuse teabele või infosüsteemidele.

### 3. Põhimõtted

1. Infoturvet korraldatakse Eesti infoturbestandardi (E-ITS) järgi.
2. Meetmed valitakse riskide ja teenuste kaitsetarbe põhjal.
3. Juurdepääs teabele antakse vähima vajaliku õiguse põhimõttel.
4. Teenuste jaoks kriitilised andmed varundatakse ja nende taastamist testitakse.
5. Turvaintsidentidest teatatakse viivitamata ja neist õpitakse.
6. Hangetes ja lepingutes esitatakse infoturbe ja andmekaitse nõuded.
7. Töötajad saavad regulaarset infoturbe koolitust.

### 4. Rollid ja vastutus

- **[Vallavanem/linnapea]** – kinnitab poliitika, infoturbe eesmärgid ja eelarve ning aktsepteerib jääkriskid.
- **Infoturbe vastutaja** – [ametikoht] korraldab E-ITS rakendamist, riskihaldust ja intsidentide käsitlemist ning annab juhtkonnale aru vähemalt kord aastas.
- **IT-spetsialist või IT-partner** – rakendab tehnilisi meetmeid ja hoiab süsteeme turvalisena.
- **Teenuseomanikud** – määravad oma teenuste kaitsetarbe ja osalevad riskide hindamisel.
- **Andmekaitsespetsialist** – nõustab isikuandmete kaitse küsimustes.
- **Iga töötaja** – järgib kehtestatud korda ja teatab turvaintsidentidest.

### 5. Seotud korrad

[Loetle: kasutajate ja õiguste haldamise kord, paroolipoliitika, varunduskord, intsidentide käsitlemise kord, kaugtöö kord, seadmete kasutamise kord, isikuandmete töötlemise kord.]

### 6. Rikkumised

Poliitika rikkumist käsitletakse vastavalt töölepingu seadusele ja avaliku teenistuse seadusele. Tahtlik rikkumine võib kaasa tuua distsiplinaar- või muu vastutuse.

### 7. Ülevaatamine

Infoturbe vastutaja vaatab poliitika üle vähemalt kord aastas ning oluliste muudatuste korral (nt uus infosüsteem, ümberkorraldus, oluline intsident).

Kinnitatud: [õigusakti number ja kuupäev]. Järgmine ülevaatus: [kuupäev].
`,
    },
  },
  {
    key: 'siseveebi-sisu-avaldamise-kord',
    kind: 'POLICY',
    visibility: 'INTERNAL',
    audience: ['EVERYONE'],
    topics: ['it-management', 'cyber-security'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'siseveebi-sisu-avaldamise-kord',
      title: 'KOV-ülese siseveebi sisu avaldamise ja nähtavuse kord',
      summary:
        'ELVLi sisene kord: kes ja kuidas avaldab siseveebis juhendeid, kuidas valitakse nähtavus (avalik, liikmetele, sisene) ning kuidas sisu üle vaadatakse.',
      body: text`
## Eesmärk

KOV-ülene siseveeb on ELVLi digipöörde tegevuskava osa: keskkond, kuhu koondatakse parimad praktikad, juhendid ja dokumentatsioon, et KOVid ei peaks sama tööd mitu korda tegema. Selle korra eesmärk on tagada, et sisu oleks õige, ajakohane ja nähtav ainult neile, kellele see on mõeldud.

## Nähtavuse tasemed

| Tase | Kes näeb | Sobiv sisu |
|---|---|---|
| Avalik | kõik, ka sisselogimata külastajad | üldised juhendid, poliitikate ja mallide põhjad, avalikest allikatest koostatud materjal |
| Liikmetele | sisseloginud KOVide töötajad | praktilised kontrollnimekirjad, turvaseadistuste soovitused, seminarimaterjalid, kogemuslood |
| Sisene | ainult ELVLi töötajad ja volitatud partnerid | ELVLi töökorrad, kontaktide nimekirjad, auditi leidude koondid, tööversioonid |

Kahtluse korral vali rangem tase. Nähtavust saab hiljem laiendada, avaldatud teavet tagasi võtta aga mitte.

## Mida ei avaldata

- isikuandmeid, välja arvatud töökontaktid, mille avaldamiseks on kokkulepe;
- konkreetse KOVi turvanõrkusi, auditi leide või intsidentide üksikasju, mis võimaldavad KOVi tuvastada;
- paroole, võtmeid, IP-aadresside ja võrgujooniste üksikasju;
- tarnijate ärisaladusi ja hinnapakkumusi.

Küberturvalisus on siseveebi puhul ka meie endi vastutus: turvasoovitusi sisaldav sisu avaldatakse vähemalt liikmetele nähtavana, kui see võib ründajale vihjeid anda.

## Avaldamise protsess

1. **Autor** koostab juhendi siseveebi malli järgi: pealkiri, kokkuvõte, sihtrühm, teemad, seotud tegevuskava tegevused, omanik.
2. **Sisuline ülevaatus.** Valdkonna spetsialist (infoturve, andmed, teenused) kontrollib sisu õigsust ja õigusaktide viiteid.
3. **Nähtavuse kontroll.** Ülevaataja kinnitab nähtavuse taseme selle korra järgi.
4. **Keel.** Eestikeelne tekst peab olema korrektne; ingliskeelne versioon lisatakse, kui juhend on huvitav ka rahvusvahelistele partneritele.
5. **Avaldamine** ja teavitus KOV IT-võrgustiku infolistis.

## Omanik, ülevaatus ja KOVide panus

- Igal juhendil on omanik: ELVL, riigiasutus või KOV, kes sisu eest vastutab.
- Juhend vaadatakse üle vähemalt kord aastas ja alati, kui muutub sellega seotud õigusakt või riigi lahendus.
- Aegunud juhend märgitakse aegunuks või arhiveeritakse; vana versiooni ei kustutata ilma omaniku teadmata.

KOVid saavad pakkuda oma juhendeid ja kogemuslugusid. ELVL aitab neid toimetada ja anonüümida ning lepib KOViga kokku nähtavuse ja omaniku.
`,
    },
  },
  {
    key: 'e-its-auditi-leidude-koondamine',
    kind: 'DOCUMENTATION',
    visibility: 'INTERNAL',
    audience: ['IT_SPECIALIST', 'LEADERSHIP'],
    topics: ['cyber-security', 'e-its/ISMS', 'e-its/ISMS.1'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'e-its-auditi-leidude-koondamine',
      title: 'E-ITS auditi leidude koondamine ja anonüümimine (ELVLi töökord)',
      summary:
        'ELVLi sisene töökord KOVidelt vabatahtlikult saadud E-ITS auditi leidude vastuvõtmiseks, hoidmiseks ja anonüümitud kokkuvõteteks, mida kasutatakse mentorluses ja seminaridel.',
      body: text`
## Eesmärk

Mitmed KOVid on valmis oma E-ITS auditi leide jagama, et teised saaksid samadest vigadest õppida. Eesti infoturbestandardi (E-ITS) auditiaruanded sisaldavad aga teavet turvameetmete ja nõrkuste kohta, mis on avaliku teabe seaduse alusel asutusesiseseks kasutamiseks. See kord kirjeldab, kuidas ELVL selliseid andmeid käsitleb.

## Vastuvõtmine ja hoidmine

1. KOV saadab leidude koopia või väljavõtte ELVLi infoturbe spetsialistile krüpteeritult (nt digikonteineris, krüpteeritud asutuse sertifikaadiga).
2. Koos leidudega esitab KOV kirjaliku nõusoleku, milles on kirjas, milleks ELVL leide kasutada tohib.
3. ELVL registreerib saabumise ja märgib dokumendi asutusesiseseks kasutamiseks.
4. Terviklikku auditiaruannet ELVL ei küsi; piisab leidude loetelust koos mooduli ja olulisusega.

Hoidmisel kehtivad järgmised reeglid:

- Originaalid hoitakse piiratud juurdepääsuga kaustas, kuhu on ligipääs ainult infoturbe spetsialistil ja tema asendajal.
- Originaale ei saadeta edasi ega salvestata isiklikesse seadmetesse.
- Originaalid kustutatakse pärast anonüümitud kokkuvõtte valmimist või hiljemalt nõusolekus märgitud tähtajal.

## Anonüümimine ja koondamine

- Leiud rühmitatakse E-ITS moodulirühmade kaupa (ISMS, ORP, CON, OPS, DER, NET, SYS, APP jne).
- Kokkuvõttest eemaldatakse KOVi nimi, süsteemide ja tarnijate nimed, aadressid, kuupäevad ja muud üksikasjad, mille põhjal saaks KOVi tuvastada.
- Kui leid on nii eripärane, et KOVi saab ka anonüümitult ära tunda, seda kokkuvõttes ei kasutata või üldistatakse see tugevalt.
- Kokkuvõttes ei esitata protsente ega arve, kui leide on liiga vähe, et need oleksid esinduslikud.

## Kasutamine ja vastutus

- Anonüümitud kokkuvõtet kasutatakse mentorvõrgustiku kohtumistel, seminaride teemade valikul ja juhendite koostamisel.
- Siseveebis avaldatakse kokkuvõte liikmetele nähtavana. Avalikult avaldatakse ainult üldised soovitused, mitte leidude loetelu.
- Kokkuvõtet ei kasutata KOVide omavaheliseks reastamiseks.
- Kui sama leid kordub mitmes KOVis, kaalub ELVL koos RIAga, kas selle kohta on vaja eraldi juhendit, veebiseminari või ühist lahendust.

Töökorra täitmise eest vastutab ELVLi infoturbe spetsialist. Kord vaadatakse üle kord aastas. Kui leidudega seotud teave lekib, käsitletakse seda turvaintsidendina ja teavitatakse leide jaganud KOVi viivitamata.
`,
    },
  },
  // -------------------------------------------------------------------------
  // ELVLi sisesed töökorrad
  // -------------------------------------------------------------------------
  {
    key: 'e-its-mentori-tookord',
    kind: 'HOW_TO',
    visibility: 'INTERNAL',
    audience: ['IT_SPECIALIST'],
    topics: ['cyber-security', 'e-its/ISMS'],
    owner: 'ELVL',
    activities: [4, 6],
    et: {
      slug: 'e-its-mentori-tookord',
      title: 'E-ITS mentori töökord (ELVLi sisene)',
      summary:
        'Kuidas ELVL valib E-ITS mentorid, seob nad KOVidega, korraldab nende tööd ja aruandlust ning tagab konfidentsiaalsuse ja huvide konflikti vältimise.',
      body: text`
## Ulatus

See töökord kirjeldab, kuidas ELVL korraldab E-ITS mentorvõrgustiku tööd. Mentorvõrgustik pakub KOVidele tuge Eesti infoturbestandardi (E-ITS) rakendamisel põhimõttel „KOVilt KOVile“. Avalik tutvustus on siseveebi juhendis „E-ITS mentorvõrgustik: tugi KOVilt KOVile“.

## Mentorite valik ja sobitamine

- Mentoriks sobib KOVi IT- või infoturbespetsialist, kelle asutuses on E-ITS rakendamine jõudnud vähemalt rakendusplaani ja põhimeetmete rakendamiseni.
- Mentori tööandja annab nõusoleku, et mentor saab osa tööajast teiste KOVide nõustamisele pühendada.
- Mentoriga sõlmitakse kokkulepe, kus on kirjas ajaline panus, konfidentsiaalsuskohustus ja hüvitamise tingimused vastavalt tegevuskava eelarvele.

Sobitamine toimub järgmiselt:

1. ELVL registreerib KOVi pöördumise ja täpsustab vajaduse.
2. ELVLi infoturbe spetsialist pakub välja mentori, arvestades KOVi suurust, IT korraldust ja teemat.
3. Enne sobitamist kontrollitakse huvide konflikti: mentor ei nõusta KOVi, kellega tema tööandjal või temal endal on IT-teenuse leping või kellega tema tööandja on samas hankes konkurent.
4. KOV ja mentor lepivad esimesel kohtumisel kokku eesmärgid ja suhtluse rütmi.

## Töö korraldus

- Kohtumised toimuvad üldjuhul veebis; kohapealne kohtumine lepitakse kokku vajaduse korral.
- Mentor ei tee KOVi eest tööd ega allkirjasta KOVi dokumente.
- Mentor ei salvesta KOVi turvateavet isiklikesse seadmetesse ega isiklikesse pilveteenustesse.
- Kui mentor märkab tõsist ohtu (nt käimasolev rünnak), soovitab ta KOVil viivitamata pöörduda CERT-EE poole.
- Korduvad küsimused edastatakse ELVLile, et neist saaks siseveebi juhendi või seminari teema.

## Aruandlus

Mentor esitab ELVLile kord kvartalis lühikese ülevaate ilma KOVi turvateabeta:

- mitme KOViga ja mitu korda kohtuti;
- millistel teemadel nõustati (E-ITS moodulirühmade kaupa);
- millised üldised probleemid või juhendite vajadused ilmnesid.

ELVL kasutab ülevaateid tegevuskava aruandluses ja võrgustiku tegevuste planeerimisel. Üksikute KOVide nimesid aruandes ei avaldata.

## Mentorite toetamine ja mentorluse lõpetamine

- Uutele mentoritele korraldatakse sissejuhatav kohtumine.
- Mentorid kohtuvad omavahel regulaarselt, et vahetada kogemusi ja ühtlustada soovitusi.
- Mentoreid kutsutakse RIA veebiseminaridele ja KOV IT-võrgustiku sügisseminarile esinema.

Mentorlus lõpeb, kui kokkulepitud eesmärgid on saavutatud või kumbki pool seda soovib. Lõpetamisel kustutab mentor KOVilt saadud materjalid ja kinnitab seda ELVLile.
`,
    },
  },
  {
    key: 'elvl-tootajate-infoturbe-meelespea',
    kind: 'BEST_PRACTICE',
    visibility: 'INTERNAL',
    audience: ['EVERYONE'],
    topics: ['cyber-security', 'e-its/ORP', 'e-its/ORP.3'],
    owner: 'ELVL',
    activities: [4],
    et: {
      slug: 'elvl-tootajate-infoturbe-meelespea',
      title: 'ELVLi töötajate infoturbe meelespea',
      summary:
        'Lühike meelespea ELVLi töötajatele: kuidas kaitsta kontosid ja seadmeid, kuidas käidelda KOVidelt saadud teavet ja kuidas kahtlasest olukorrast teada anda.',
      body: text`
## Miks see meid puudutab

ELVL suhtleb pidevalt Eesti 79 omavalitsusega. Seetõttu oleme ründajatele huvitav sihtmärk: ELVLi nimel saadetud võltskiri võib jõuda sadade KOVi ametnikeni ja tunduda usaldusväärne. Lisaks liigub meie kaudu KOVide tundlikku teavet, näiteks E-ITS auditi leide ja intsidentide kirjeldusi. Tegevuskava järgi koolitatakse ELVLi töötajaid infoturbe teemadel; see meelespea on selle koolituse lühikokkuvõte ja tugineb Eesti infoturbestandardi (E-ITS) moodulile ORP.3.

## Kontod, paroolid ja e-post

- Kasuta kõikjal mitmikautentimist; eelista ID-kaarti või turvavõtit.
- Kasuta paroolihaldurit ja igas teenuses erinevat pikka parooli.
- Ära kunagi sisesta tööparooli lehele, kuhu jõudsid e-kirja lingi kaudu. Ava teenus ise järjehoidjast.

- Ole ettevaatlik kirjadega, mis nõuavad kiiret tegutsemist, makse rekvisiitide muutmist või sisselogimist.
- Kui kiri tundub tulevat kolleegilt, KOVist või partnerilt, kuid sisu on ebatavaline, helista saatjale tuntud numbrile.
- Ära saada KOVide turvateavet tavalise manusena; kasuta krüpteeritud digikonteinerit või kokkulepitud turvalist kanalit.

## Seadmed

- Lukusta arvuti alati, kui sellest eemaldud.
- Hoia operatsioonisüsteem, brauser ja rakendused uuendatud; ära lükka uuendusi pikalt edasi.
- Tööandmeid ei salvestata isiklikesse pilveteenustesse ega mälupulkadele.
- Avalikus Wi-Fi võrgus kasuta VPN-i või mobiilset andmesidet.
- Seadme kadumisest teata kohe infoturbe spetsialistile, et seadme saaks kaugelt lukustada.

## KOVide teave

- KOVide auditileide, intsidentide üksikasju ja kontaktide nimekirju hoitakse ainult selleks ette nähtud piiratud juurdepääsuga kaustades.
- Siseveebis avaldamisel järgi siseveebi sisu avaldamise ja nähtavuse korda.
- Kõnedes ja seminaridel ära nimeta KOVi, kelle turvaprobleemist räägid, kui KOV ei ole selleks nõusolekut andnud.

## Kui midagi juhtub

1. Kahtluse korral teata kohe ELVLi infoturbe spetsialistile – parem üks liigne teade kui üks hilinenud.
2. Kui klikkisid lingil või sisestasid parooli, ütle seda kohe. See ei ole süü, vaid võimalus kahju piirata.
3. Ära kustuta kahtlast kirja enne, kui infoturbe spetsialist on seda näinud.

Kontaktid leiad ELVLi küberintsidendi kontaktide nimekirjast.
`,
    },
  },
  {
    key: 'elvl-turbevajaduste-kaardistus',
    kind: 'DOCUMENTATION',
    visibility: 'INTERNAL',
    audience: ['LEADERSHIP', 'IT_SPECIALIST'],
    topics: ['cyber-security', 'it-management', 'e-its/ISMS', 'e-its/ISMS.1'],
    owner: 'ELVL',
    activities: [3, 4, 5, 8],
    et: {
      slug: 'elvl-digipoorde-tegevuste-turbevajaduste-kaardistus',
      title: 'ELVLi ja digipöörde tegevuste turbevajaduste kaardistus (töödokument)',
      summary:
        'ELVLi sisene töödokument, mis kirjeldab, kuidas kaardistatakse ELVLi kui organisatsiooni ja digipöörde tegevustega seotud süsteemide kaitsetarve E-ITS metoodika järgi.',
      body: text`
## Taust

ELVLi digipöörde tegevuskava järgi kaardistatakse ELVLi kui organisatsiooni ja digipöörde tegevuste turbevajadused. Kaardistus on sisend ELVLi enda infoturbe korraldamisele ning nõuetele, mis esitatakse digipöörde raames arendatavatele või hangitavatele lahendustele. Töö tehakse Eesti infoturbestandardi (E-ITS) metoodika järgi: protsessid, varad, kaitsetarve, moodulid ja riskid.

## Ulatus

Kaardistus hõlmab järgmisi protsesse ja süsteeme:

| Protsess või süsteem | Seotud tegevus | Tundlik teave |
|---|---|---|
| ELVLi sisemine töö (e-post, dokumendid, raamatupidamine) | – | isikuandmed, lepingud |
| KOV-ülene siseveeb | 4 | KOVide kontaktid, liikmetele ja ELVLile mõeldud juhendid |
| E-ITS mentorvõrgustik ja auditi leidude koondamine | 4 | KOVide turvateave |
| VOLIS (ELVL on õiguste omanik) ja rahvaküsitluste keskkonna arendus | 3 | hääletajate andmed, hääletustulemused |
| Anna Teada API ja analüütikamoodul | 8 | teatajate kontaktandmed, fotod |
| Kasutajate rahulolu mõõtmise süsteem | 1 | tagasiside, võimalikud kontaktandmed |
| Avaandmete tugi ja Bürokrati pilootprojekt | 5 | KOVide andmestikud, vestluslogid |

## Metoodika

1. **Protsessi kirjeldus.** Iga rea kohta kirjeldatakse eesmärk, kasutajad, omanik ja tarnijad.
2. **Kaitsetarve.** Käideldavuse, tervikluse ja konfidentsiaalsuse kaitsetarvet hinnatakse töötoas koos protsessi omanikuga, põhjendades hinnangut võimaliku kahjuga KOVidele, elanikele ja ELVLi mainele.
3. **Vastutuse jaotus.** Iga süsteemi kohta märgitakse, mis on ELVLi, mis tarnija ja mis KOVi vastutus. See on eriti oluline VOLISe ja Anna Teada puhul, kus andmed kuuluvad KOVidele.
4. **Modelleerimine.** Süsteemidele seotakse E-ITS moodulid (nt OPS.2.2 pilvteenuste kasutamiseks, APP.3.1 veebirakendustele, CON.2 isikuandmete kaitseks).
5. **Nõuded hangetele.** Kaardistuse põhjal koostatakse turbe- ja andmekaitsenõuded digipöörde hangete lähteülesannetesse.

## Esialgsed tähelepanekud

Hinnangud täpsustatakse töötubades; siin on esialgsed tööhüpoteesid, mitte kinnitatud tulemused:

- kõrgeim konfidentsiaalsuse kaitsetarve on tõenäoliselt KOVide turvateabel ja hääletajate andmetel;
- hääletuste ja rahvaküsitluste puhul on kriitiline terviklus: tulemust ei tohi olla võimalik märkamatult muuta;
- siseveebi käideldavus on oluline, kuid lühiajaline katkestus ei takista KOVide põhiteenuseid.

## Järgmised sammud

- Töötoad protsesside omanikega ja kaitsetarbe kinnitamine.
- Riskianalüüs ja ELVLi infoturbe rakendusplaan.
- Tulemuste tutvustamine ELVLi juhtkonnale ja töötajate koolituse sisu täpsustamine.
- Kaardistuse ülevaatus kord aastas ja iga uue digipöörde lahenduse lisandumisel.
`,
    },
  },
];
