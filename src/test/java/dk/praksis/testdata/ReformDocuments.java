package dk.praksis.testdata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of the 2014 sample's rehabiliteringsplan, forberedende del: six made-up citizens, each
 * element in our own words. A case takes a citizen by its number and may leave elements out or
 * answer them in a word or two, which is how the preparation falls short in the story.
 */
final class ReformDocuments {

    /** The elements of the forberedende del, in the order fleksjob-2013.yaml lists them. */
    static final List<String> ELEMENTS = List.of("uddannelse", "beskæftigelse", "faglige_kompetencer",
            "sociale_kompetencer", "interesser", "ønsker_og_mål", "helbred", "sociale_forhold",
            "borgerens_vurdering", "jobcentrets_vurdering");

    /** What a hurried caseworker writes instead of a description: too short to count. */
    static final String SHORT = "Ikke oplyst.";

    private static final List<List<String>> CITIZENS = List.of(
            List.of("Folkeskolens afgangsprøve og uddannet social- og sundhedshjælper i 1998.",
                    "Hjemmehjælper i 14 år; sygemeldt i 2011 og opsagt året efter.",
                    "Erfaren i personlig pleje og praktiske opgaver; har oplært nye kolleger.",
                    "Rolig og god til at lytte; trækker sig, når der er uro omkring hende.",
                    "Går ture med hunden hver dag og strikker til familien.",
                    "Ønsker et roligt job med faste opgaver, gerne i en kantine eller et vaskeri.",
                    "Kroniske smerter i lænden efter diskusprolaps; kan ikke løfte eller stå længe.",
                    "Bor alene i lejlighed; har en voksen søn i nærheden, som hjælper med indkøb.",
                    "Vil gerne arbejde, men er bange for at smerterne bliver værre, hvis timetallet stiger.",
                    "Praktikken viser, at hun kan arbejde ca. 6 timer om ugen fordelt på tre dage, med pauser og uden løft."),
            List.of("Student fra 1994 og en påbegyndt, men ikke afsluttet læreruddannelse.",
                    "Kontorassistent i en forsikringsvirksomhed i 12 år, derefter korte vikariater.",
                    "Vant til it, bogføring og kundekontakt i telefonen.",
                    "Samarbejder godt i små grupper; bliver hurtigt udmattet af mange mennesker.",
                    "Synger i kor og passer en kolonihave om sommeren.",
                    "Vil gerne tilbage til kontorarbejde, men med få timer og mulighed for hjemmearbejde.",
                    "Tilbagevendende depression og angst, i behandling hos psykiater siden 2010.",
                    "Gift og bor i rækkehus; ægtefællen arbejder fuld tid, og økonomien er stram.",
                    "Mener selv, at hun kan klare nogle timer om ugen, hvis arbejdet er forudsigeligt.",
                    "Afprøvningen viser en stabil arbejdsevne på ca. 8 timer om ugen i rolige omgivelser."),
            List.of("Ufaglært; har gået i skole i 9 år og taget truckcertifikat.",
                    "Lagerarbejder og chauffør i 20 år, senest i en grossistvirksomhed.",
                    "Kan køre truck, pakke og holde styr på varelister.",
                    "Hjælpsom og afholdt blandt kolleger; kan blive kort for hovedet, når det gør ondt.",
                    "Fisker og reparerer gamle knallerter sammen med en nabo.",
                    "Vil gerne have et job på et lager eller i en genbrugsbutik med varierede opgaver.",
                    "Slidgigt i begge knæ og nedsat kraft i højre hånd efter en arbejdsulykke.",
                    "Bor med samlever i hus på landet; er afhængig af bil for at komme på arbejde.",
                    "Føler sig presset af ikke at kunne arbejde som før, men vil gerne prøve et fleksjob.",
                    "Han kan arbejde ca. 12 timer om ugen med skiftende stillinger og uden tunge løft."),
            List.of("Uddannet frisør i 1989; har senere taget AMU-kurser i kundeservice.",
                    "Selvstændig frisør i 15 år; lukkede salonen i 2010 på grund af helbredet.",
                    "God til kundekontakt, planlægning og at holde orden i et lille firma.",
                    "Udadvendt og vant til at tale med mange; mister overblikket, når hun er træt.",
                    "Går til vandgymnastik og er frivillig i en genbrugsbutik en eftermiddag om ugen.",
                    "Ønsker et job med kundekontakt, fx i en butik eller reception, på nedsat tid.",
                    "Fibromyalgi og træthed; dårlige dage kommer uden varsel og kræver hvile.",
                    "Enlig med to hjemmeboende teenagere; får hjælp af sin søster i travle perioder.",
                    "Vil gerne bidrage og tror på, at et lille timetal kan holde, hvis dagene kan byttes.",
                    "Hun kan arbejde ca. 4 timer om ugen på gode dage, når arbejdstiden kan tilrettelægges fleksibelt."),
            List.of("Uddannet smed i 1985 og har efteruddannet sig i svejsning.",
                    "Smed på en maskinfabrik i 25 år, til fabrikken lukkede i 2009.",
                    "Dygtig til svejsning og tegningslæsning; har haft ansvar for lærlinge.",
                    "Stille og pålidelig; arbejder helst alene, men deltager i fællesskabet i pauserne.",
                    "Restaurerer gamle cykler og går på jagt med sin bror.",
                    "Vil gerne arbejde med hænderne igen, fx i et værksted eller med vedligehold.",
                    "Hjertesvigt efter en blodprop; bliver hurtigt forpustet og må ikke løfte tungt.",
                    "Gift og bor i eget hus; ægtefællen er førtidspensionist, og økonomien hænger lige sammen.",
                    "Har svært ved at acceptere begrænsningerne, men ser et fleksjob som en vej tilbage.",
                    "Han kan arbejde ca. 10 timer om ugen med let fysisk arbejde og mulighed for pauser."),
            List.of("Gik i skole i 10 år og har en påbegyndt uddannelse som pædagogmedhjælper.",
                    "Medhjælper i en børnehave i 8 år og derefter kortere job i rengøring.",
                    "Har erfaring med børn og med at holde orden i praktiske opgaver.",
                    "Varm og omsorgsfuld; har svært ved at sige fra over for kolleger.",
                    "Bager, tegner og er med i en strikkeklub hver uge.",
                    "Drømmer om at komme tilbage til en børnehave som fleksjobber med få timer.",
                    "Sklerose med attakker og træthed; nedsat gangdistance i dårlige perioder.",
                    "Bor med sin mand og to børn i en lejlighed tæt på offentlig transport.",
                    "Tror selv på, at hun kan arbejde lidt, hvis hun får ro til at lande i jobbet.",
                    "Hun kan arbejde ca. 5 timer om ugen, helst formiddage, og kun med siddende opgaver i perioder."));

    private ReformDocuments() {
    }

    /** Citizen {@code n}'s forberedende del, with the elements in {@code missing} left out or written as {@link #SHORT}. */
    static Map<String, String> forberedendeDel(int n, List<String> missing) {
        List<String> texts = CITIZENS.get(Math.floorMod(n, CITIZENS.size()));
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ELEMENTS.size(); i++) {
            String element = ELEMENTS.get(i);
            int at = missing.indexOf(element);
            if (at < 0) {
                out.put(element, texts.get(i));
            } else if (at % 2 == 1) {
                out.put(element, SHORT);
            }
        }
        return out;
    }
}
