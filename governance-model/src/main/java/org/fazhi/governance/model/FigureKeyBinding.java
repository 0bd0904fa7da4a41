package org.fazhi.governance.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Locale;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;

/**
 * Binds a {@link FigureConcept} as its id: written as the id, read by looking the id up in the catalog
 * the reader was given (the {@linkplain FigureCatalog#standard() standard catalog} by default). An id
 * nobody registered fails with the nearest known ids, at the JSON path of the key.
 */
final class FigureKeyBinding {
    private FigureKeyBinding() {}

    /** The reader attribute that carries the catalog to bind against. */
    static final Class<FigureCatalog> CATALOG = FigureCatalog.class;

    static final class Serializer extends StdSerializer<FigureConcept> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(FigureConcept.class);
        }

        @Override
        public void serialize(FigureConcept value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.id());
        }
    }

    static final class Deserializer extends StdDeserializer<FigureConcept> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(FigureConcept.class);
        }

        @Override
        public FigureConcept deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (FigureConcept) ctxt.handleUnexpectedToken(FigureConcept.class, p);
            }
            String id = p.getText();
            Object attribute = ctxt.getAttribute(CATALOG);
            FigureCatalog catalog = attribute instanceof FigureCatalog ? (FigureCatalog) attribute : FigureCatalog.standard();
            return catalog.find(id).orElseThrow(() -> new InvalidIdentifierException("figure.unknownKey",
                    catalog.unknownMessage(id, Locale.CHINESE), catalog.unknownMessage(id, Locale.ENGLISH)));
        }
    }
}
