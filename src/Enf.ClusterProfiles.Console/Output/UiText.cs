using Enf.ClusterProfiles.Catalog;
using Enf.ClusterProfiles.Model;

namespace Enf.ClusterProfiles.Console.Output;

/// <summary>The console's own words for people, in en/fi/sv (help text stays English).</summary>
internal static class UiText
{
    public static readonly LocalizedText CheckTitle = new("Cluster profile check", "Klusteriprofiilien tarkistus", "Kontroll av klusterprofiler");
    public static readonly LocalizedText Valid = new("valid", "kelvollinen", "giltig");
    public static readonly LocalizedText NotValid = new("not valid", "ei kelvollinen", "inte giltig");
    public static readonly LocalizedText Unreadable = new("could not be read", "ei luettavissa", "kunde inte läsas");
    public static readonly LocalizedText ProYes = new("PRO-eligible", "PRO-kelpoinen", "PRO-berättigad");
    public static readonly LocalizedText ProNo = new("not PRO", "ei PRO", "inte PRO");
    public static readonly LocalizedText Optional = new("optional {0} of {1}", "valinnaisia {0}/{1}", "valfria {0} av {1}");
    public static readonly LocalizedText MoreNeeded = new("{0} more needed for PRO", "PRO vaatii {0} lisää", "{0} till behövs för PRO");
    public static readonly LocalizedText Completeness = new("completeness {0}", "täydellisyys {0}", "fullständighet {0}");
    public static readonly LocalizedText FillNext = new("Fill next", "Täytä seuraavaksi", "Fyll i härnäst");
    public static readonly LocalizedText MandatoryMissing = new("Mandatory missing", "Pakollisia puuttuu", "Obligatoriska saknas");
    public static readonly LocalizedText Summary = new("Summary", "Yhteenveto", "Sammanfattning");
    public static readonly LocalizedText Profiles = new("Profiles", "Profiilit", "Profiler");
    public static readonly LocalizedText ValidCount = new("Valid", "Kelvollisia", "Giltiga");
    public static readonly LocalizedText ProCount = new("PRO-eligible", "PRO-kelpoisia", "PRO-berättigade");
    public static readonly LocalizedText WithErrors = new("With errors", "Virheellisiä", "Med fel");
    public static readonly LocalizedText Partial = new(
        "Some findings were left out: at most {0} are shown per profile (--max-issues).",
        "Osa havainnoista jätettiin pois: profiilista näytetään enintään {0} (--max-issues).",
        "Vissa iakttagelser utelämnades: högst {0} visas per profil (--max-issues).");
    public static readonly LocalizedText Publication = new("publication", "julkaisu", "publicering");
    public static readonly LocalizedText Ready = new("ready", "valmis", "klar");
    public static readonly LocalizedText NotReady = new("not ready", "ei valmis", "inte klar");
    public static readonly LocalizedText Waived = new("criteria waived", "kriteereistä vapautettu", "kriterierna gäller inte");
    public static readonly LocalizedText Error = new("error", "virhe", "fel");
    public static readonly LocalizedText Warning = new("warning", "varoitus", "varning");
    public static readonly LocalizedText Info = new("note", "huomio", "notering");
    public static readonly LocalizedText Field = new("Field", "Kenttä", "Fält");
    public static readonly LocalizedText Place = new("Line", "Rivi", "Rad");
    public static readonly LocalizedText Message = new("Finding", "Havainto", "Iakttagelse");
    public static readonly LocalizedText Region = new("Region", "Alue", "Region");
    public static readonly LocalizedText PublicationReady = new("Publication-ready", "Julkaisuvalmiita", "Publiceringsklara");
    public static readonly LocalizedText Stale = new("Stale", "Päivittämättömiä", "Inaktuella");
    public static readonly LocalizedText ExpiredLabels = new("Expired labels", "Vanhentuneita merkkejä", "Utgångna märken");
    public static readonly LocalizedText UnreadableCount = new("Unreadable", "Lukukelvottomia", "Oläsbara");
    public static readonly LocalizedText AverageCompleteness = new("Average completeness", "Keskim. täydellisyys", "Genomsnittlig fullständighet");
    public static readonly LocalizedText FillRates = new("Field fill rates", "Kenttien täyttöasteet", "Fältens ifyllnadsgrad");
    public static readonly LocalizedText Filled = new("Filled", "Täytetty", "Ifyllt");
    public static readonly LocalizedText RegionalReport = new("Regional report on cluster profiles", "Alueellinen raportti klusteriprofiileista", "Regional rapport om klusterprofiler");
    public static readonly LocalizedText AllRegions = new("All regions", "Kaikki alueet", "Alla regioner");
    public static readonly LocalizedText ProByRegion = new("PRO-eligible profiles by region", "PRO-kelpoiset profiilit alueittain", "PRO-berättigade profiler per region");
    public static readonly LocalizedText Requirement = new("Req.", "Vaat.", "Krav");
    public static readonly LocalizedText Label = new("Label", "Nimi", "Namn");
    public static readonly LocalizedText Rule = new("Rule", "Sääntö", "Regel");
    public static readonly LocalizedText Yes = new("yes", "kyllä", "ja");
    public static readonly LocalizedText No = new("no", "ei", "nej");
    public static readonly LocalizedText Lists = new("Lists", "Luettelot", "Listor");
    public static readonly LocalizedText Help = new("Help", "Ohjeet", "Anvisningar");
    public static readonly LocalizedText Path = new("Path", "Polku", "Sökväg");
    public static readonly LocalizedText Meaning = new("What to write", "Mitä kirjoitetaan", "Vad som skrivs");
    public static readonly LocalizedText TemplateNote = new(
        "One profile a row, from row 3 on. Row 1 names the fields for people, row 2 for programs: keep both. Lists of several values: separate them with ; (digital;health). Dates: 31.12.2028 or 2028-12-31.",
        "Yksi profiili riville, rivistä 3 alkaen. Rivi 1 nimeää kentät ihmisille, rivi 2 ohjelmille: säilytä molemmat. Useita arvoja samassa solussa: erota ne puolipisteellä (digital;health). Päivämäärät: 31.12.2028 tai 2028-12-31.",
        "En profil per rad, från rad 3. Rad 1 namnger fälten för människor, rad 2 för program: behåll båda. Flera värden i samma cell: skilj dem med semikolon (digital;health). Datum: 31.12.2028 eller 2028-12-31.");
    public static readonly LocalizedText ChooseOrType = new("Choose or type", "Valitse tai kirjoita", "Välj eller skriv");
    public static readonly LocalizedText SeveralAllowed = new(
        "Choose one, or type several separated by ; (digital;health).",
        "Valitse yksi tai kirjoita useampi puolipisteellä erotettuna (digital;health).",
        "Välj ett eller skriv flera åtskilda med semikolon (digital;health).");
    public static readonly LocalizedText Cluster = new("Cluster", "Klusteri", "Kluster");
    public static readonly LocalizedText ValidHeading = new("Valid", "Kelvollinen", "Giltig");
    public static readonly LocalizedText ProHeading = new("PRO", "PRO", "PRO");
    public static readonly LocalizedText PublicationHeading = new("Publication", "Julkaisu", "Publicering");
    public static readonly LocalizedText CompletenessHeading = new("Completeness", "Täydellisyys", "Fullständighet");
    public static readonly LocalizedText LastUpdatedHeading = new("Last updated", "Päivitetty", "Uppdaterad");
    public static readonly LocalizedText LabelHeading = new("Label valid until", "Merkki voimassa", "Märket giltigt till");
    public static readonly LocalizedText AttentionHeading = new("Needs attention", "Huomioitavaa", "Att åtgärda");
    public static readonly LocalizedText SourceHeading = new("File", "Tiedosto", "Fil");
    public static readonly LocalizedText ProfilesAttentionFirst = new(
        "Profiles, those needing attention first", "Profiilit, huomiota vaativat ensin", "Profiler, de som behöver åtgärdas först");
    public static readonly LocalizedText FillRatesByRegion = new("Field fill rates by region", "Kenttien täyttöasteet alueittain", "Fältens ifyllnadsgrad per region");
    public static readonly LocalizedText Regions = new("Regions", "Alueet", "Regioner");
    public static readonly LocalizedText ProMissing = new("no, {0} more", "ei, {0} puuttuu", "nej, {0} saknas");
    public static readonly LocalizedText NotApplicable = new("n/a", "ei koske", "gäller inte");
    public static readonly LocalizedText Expired = new("expired", "päättynyt", "har gått ut");
    public static readonly LocalizedText ExpiresSoon = new("expires soon", "päättyy pian", "går snart ut");
    public static readonly LocalizedText Reading = new("Reading profiles… {0}", "Luetaan profiileja… {0}", "Läser profiler… {0}");
    public static readonly LocalizedText Nothing = new("—", "—", "—");

    /// <summary>Why a profile needs attention, by the words of <c>ProfileReportRow.Reasons</c>.</summary>
    public static readonly IReadOnlyDictionary<string, LocalizedText> Reasons = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["unreadable"] = new("could not be read", "ei luettavissa", "kunde inte läsas"),
        ["errors"] = new("errors: {0}", "virheitä: {0}", "fel: {0}"),
        ["labelExpired"] = new("label expired", "merkin voimassaolo päättynyt", "märket har gått ut"),
        ["stale"] = new("not updated for a long time", "päivittämättä pitkään", "inte uppdaterad på länge"),
        ["lastUpdatedUnknown"] = new("no update date", "päivityspäivä puuttuu", "uppdateringsdatum saknas"),
        ["labelExpiresSoon"] = new("label expires soon", "merkin voimassaolo päättyy pian", "märket går snart ut"),
        ["publication"] = new("not ready for publication", "ei julkaisuvalmis", "inte klar för publicering"),
        ["pro"] = new("not PRO", "ei PRO", "inte PRO"),
    };

    /// <summary>A date as the reader's language writes it: 31.1.2024 in Finnish and Swedish (as used in Finland), 2024-01-31 in English.</summary>
    public static string Date(DateOnly date, System.Globalization.CultureInfo culture) =>
        LocalizedText.LanguageOf(culture) == "en"
            ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
