package dk.praksis.stats;

/** How an interval was computed; the Danish texts are for the reports' method appendix. */
public enum IntervalMethod {
    WILSON("Wilson",
            "Wilsons score-interval (Wilson 1927). Det er pålideligt også ved små stikprøver og ved andele"
                    + " tæt på 0 % eller 100 %, hvor det simple normalfordelingsinterval svigter."),
    WILSON_FPC("Wilson med endelighedskorrektion",
            "Wilsons score-interval med endelighedskorrektion: variansen ganges med (N − n)/(N − 1), hvor N er"
                    + " antallet af sager i populationen og n antallet af undersøgte sager. Undersøges alle sager,"
                    + " er der ingen stikprøveusikkerhed."),
    CLOPPER_PEARSON("Clopper–Pearson",
            "Clopper–Pearsons eksakte interval, beregnet ud fra binomialfordelingen via betafordelingen."
                    + " Det er konservativt: den faktiske dækning er mindst det angivne niveau."),
    STRATIFIED("Vægtet (stratificeret)",
            "Andelen for alle kommuner vægtet efter kommunernes antal afgørelser (stratificeret"
                    + " kvotientestimator), med stratificeret varians, endelighedskorrektion pr. kommune og Wilsons"
                    + " interval med den effektive stikprøvestørrelse."),
    NEWCOMBE_HYBRID("Newcombe",
            "Newcombes hybride score-interval for forskellen mellem to andele (metode 10 i Newcombe 1998),"
                    + " bygget af de to andeles Wilson-intervaller."),
    KAPPA("Cohens kappa",
            "Cohens kappa med den asymptotiske standardfejl fra Fleiss, Cohen og Everitt (1969): kappa ± t · SE med"
                    + " t fra t-fordelingen med n − 1 frihedsgrader. Ved ordnede skalaer (fx i høj grad … slet ikke)"
                    + " vises også den lineært vægtede kappa, hvor et trins uenighed tæller som delvis enighed."),
    AC1("Gwets AC1",
            "Gwets AC1 (Gwet 2008) med Gwets standardfejl: AC1 ± t · SE med t fra t-fordelingen med n − 1"
                    + " frihedsgrader. AC1 er stabil, når næsten alle sager får samme svar, hvor kappa kan blive lav"
                    + " trods høj enighed.");

    private final String label;
    private final String description;

    IntervalMethod(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short Danish name for table headers and notes. */
    public String label() {
        return label;
    }

    /** One or two Danish sentences for the Metode appendix. */
    public String description() {
        return description;
    }
}
