package io.netledger.command.personal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;

/**
 * Axon's event serializer with the personal fields sealed on the way into the store and opened on the
 * way out. Everything that stores events through it is covered: the event store, dead letters, and the
 * migration's rewrite of older events. Types without personal data pass straight through.
 */
public final class SealingSerializer implements Serializer {

    private final Serializer jackson;
    private final ObjectMapper json;
    private final PersonalFields fields;

    public SealingSerializer(Serializer jackson, ObjectMapper json, PersonalFields fields) {
        this.jackson = jackson;
        this.json = json;
        this.fields = fields;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !PersonalFields.arePersonal(object.getClass())) {
            return jackson.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = json.valueToTree(object);
        fields.seal(object.getClass(), tree);
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new SerializationException("cannot write " + object.getClass().getName(), e);
        }
        SerializedType type = typeForClass(object.getClass());
        return getConverter().convert(new SimpleSerializedObject<>(bytes, byte[].class, type), expectedRepresentation);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Class<?> type = classForType(serializedObject.getType());
        if (UnknownSerializedType.class.equals(type) || !PersonalFields.arePersonal(type)) {
            return jackson.deserialize(serializedObject);
        }
        JsonNode node = getConverter().convert(serializedObject, JsonNode.class).getData();
        if (!(node instanceof ObjectNode tree)) {
            return jackson.deserialize(serializedObject);
        }
        // A tree handed in (an upcaster's) may still be held by another reader: open a copy. One the converter
        // has just parsed from the stored bytes is nobody else's.
        ObjectNode opened = JsonNode.class.isAssignableFrom(serializedObject.getContentType()) ? tree.deepCopy() : tree;
        fields.open(type, opened);
        return jackson.deserialize(new SimpleSerializedObject<>(opened, JsonNode.class, serializedObject.getType()));
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
