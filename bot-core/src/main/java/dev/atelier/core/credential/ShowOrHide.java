package dev.atelier.core.credential;

import dev.atelier.core.message.Text;

/** The answer a show-or-hide choice expects. */
final class ShowOrHide {

    static final Text ASK = Text.builder()
            .plain("Say ")
            .code("show")
            .plain(" or ")
            .code("hide")
            .plain(".")
            .build();

    private ShowOrHide() {}
}
