package dk.praksis.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KommuneRegisterTest {

    private final KommuneRegister register = KommuneRegister.standard();

    @Test
    void shipsAllNinetyEightKommunerWithRegion() {
        assertThat(register.all()).hasSize(98);
        assertThat(register.find("575")).get().isEqualTo(new Kommune("575", "Vejen", "Region Syddanmark"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Vejen|575",
        "vejen|575",
        "VEJEN|575",
        "575|575",
        "0575|575",
        "Odense Kommune|461",
        "Kommune Odense|461",
        "Odense kommune|461",
        "Nordfyn|480",
        "Nordfyns Kommune|480",
        "Århus|751",
        "Aarhus|751",
        "Arhus|751",
        "Aarhus Kommune|751",
        "Høje Taastrup|169",
        "Høje-Taastrup|169",
        "Hoeje-Taastrup|169",
        "Hoje Taastrup|169",
        "Åbenrå|580",
        "Aabenraa|580",
        "Abenra|580",
        "Brønderslev-Dronninglund|810",
        "Brønderslev|810",
        "Ærø|492",
        "Aeroe|492",
        "Tønder|550",
        "Toender|550",
        "Tonder|550",
        "Københavns Kommune|101",
        "Kobenhavn|101",
        "Faaborg-Midtfyn|430",
        "Faaborg Midtfyn|430",
        "Ringkøbing-Skjern|760",
        "Lyngby-Taarbæk|173",
        "Bornholms Regionskommune|400",
        "Vesthimmerlands Kommune|820",
        "  Sønderborg  |540",
    })
    void findsKommuneByTolerantName(String text, String code) {
        assertThat(register.find(text)).map(Kommune::kode).contains(code);
    }

    @ParameterizedTest
    @CsvSource({"Nordby", "999", "Syddanmark", "''"})
    void unknownNamesAreNotGuessed(String text) {
        assertThat(register.find(text)).isEmpty();
    }

    @Test
    void suggestsNearestNamesOnAMiss() {
        assertThat(register.suggestions("Nordfynn")).first().isEqualTo("Nordfyns");
        assertThat(register.suggestions("Svendbor")).containsExactly("Svendborg");
        assertThat(register.suggestions("Haderslevv")).first().isEqualTo("Haderslev");
        assertThat(register.suggestions("Sønderbor")).first().isEqualTo("Sønderborg");
        assertThat(register.suggestions("Xyzzyqwerty")).isEmpty();
    }

    @Test
    void unknownMessageSuggestsButNeverEchoesWhatLooksPersonal() {
        assertThat(register.unknownMessage("Nordfynn")).isEqualTo("ukendt kommune 'Nordfynn'. Mente du Nordfyns?");
        assertThat(register.unknownMessage("140763-1234")).isEqualTo(
                "ukendt kommune (værdien vises ikke, da den kan indeholde personoplysninger).");
        assertThat(register.unknownMessage("Hans Jensen, Vestergade 4")).isEqualTo(
                "ukendt kommune (værdien vises ikke, da den kan indeholde personoplysninger).");
        // Suggested, but shown without the value: it is a known name plus something else.
        assertThat(register.unknownMessage("Frederiksberg Allé 4"))
                .doesNotContain("Allé").contains("(værdien vises ikke, da den kan indeholde personoplysninger)");
    }

    @Test
    void everyKommuneIsFoundByItsOwnNameAsByAnyOtherSpellingOfIt() {
        for (Kommune k : register.all()) {
            assertThat(register.find(k.navn())).as(k.navn()).get().isEqualTo(k);
            assertThat(register.find(" " + k.navn().toUpperCase(java.util.Locale.ROOT) + " kommune "))
                    .as(k.navn()).get().isEqualTo(k);
        }
    }

    @Test
    void foldingTreatsDanishLettersAndTheirSpellingsAlike() {
        assertThat(KommuneRegister.fold("Høje-Taastrup Kommune")).isEqualTo(KommuneRegister.fold("hoeje taastrup"));
        assertThat(KommuneRegister.fold("Ærø")).isEqualTo("aeroe");
    }
}
