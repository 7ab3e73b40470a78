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
        return Event.builder(e.getType(), t)
                .direction(e.getDirection()).peer(e.getPeer()).channel(e.getChannel()).app(e.getApp())
                .number(e.getNumber()).pkg(e.getPkg()).installer(e.getInstaller()).label(e.getLabel())
                .setting(e.getSetting()).enabled(e.getEnabled()).field(e.getField()).text(e.getText())
                .title(e.getTitle()).sender(e.getSender()).senderKind(e.getSenderKind()).amount(e.getAmount())
                .currency(e.getCurrency()).payeeNew(e.getPayeeNew()).payee(e.getPayee())
                .verification(e.getVerification()).tool(e.getTool()).fromStore(e.getFromStore()).active(e.getActive())
                .paymentKind(e.getPaymentKind()).riskKind(e.getRiskKind())
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
