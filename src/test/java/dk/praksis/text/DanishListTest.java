package dk.praksis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DanishListTest {

    @Test
    void joinsWithCommasAndTheLastWordBeforeTheLastPart() {
        assertThat(DanishList.and(List.of())).isEmpty();
        assertThat(DanishList.and(List.of("a"))).isEqualTo("a");
        assertThat(DanishList.and(List.of("a", "b"))).isEqualTo("a og b");
        assertThat(DanishList.or(List.of("a", "b", "c"))).isEqualTo("a, b eller c");
    }
}
