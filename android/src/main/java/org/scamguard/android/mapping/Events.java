package org.scamguard.android.mapping;

import org.scamguard.Event;

/** Helpers for {@link Event} values that the Java API does not provide. */
public final class Events {
    private Events() {}

    /**
     * A copy of {@code e} with another time. Used when two threads race and an event's
     * time would go backwards, which the engine rejects as an input error.
     */
    public static Event withTime(Event e, long t) {
        return Event.builder(e.type(), t)
                .direction(e.direction()).peer(e.peer()).channel(e.channel()).app(e.app())
                .number(e.number()).pkg(e.pkg()).installer(e.installer()).label(e.label())
                .setting(e.setting()).enabled(e.enabled()).field(e.field()).text(e.text())
                .title(e.title()).sender(e.sender()).senderKind(e.senderKind()).amount(e.amount())
                .currency(e.currency()).payeeNew(e.payeeNew()).payee(e.payee())
                .verification(e.verification()).tool(e.tool()).fromStore(e.fromStore()).active(e.active())
                .paymentKind(e.paymentKind()).riskKind(e.riskKind())
                .build();
    }

    /**
     * Text safe to pass for a field: password fields carry only as many bullets as typed
     * characters (the engine needs "a password is being typed", never the password).
     */
    public static String maskIfSecret(Event.Field field, String text) {
        if (text == null) return "";
        if (field != Event.Field.PASSWORD) return text;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.codePointCount(0, text.length()); i++) b.append('\u2022');
        return b.toString();
    }
}
