package io.netledger.command.idempotency;

import io.netledger.api.Causes;
import io.netledger.api.BadRequest;
import io.netledger.api.Versions;
import io.netledger.command.claim.UniqueClaims;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Makes a create request safe to retry: a client that sends the same {@code Idempotency-Key}
 * again (its first response was lost) gets the resource created the first time instead of
 * a second one. The key is claimed in the same transaction as the created aggregate's
 * events, so concurrent retries cannot both create.
 */
@Component
public class IdempotentCreation implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String METADATA_KEY = "idempotencyKey";
    /** The created resource's id, when it is not the command's target (a network of a subscription). */
    static final String METADATA_CREATED_ID = "createdId";
    private static final String SCOPE = "idempotency-key";
    private static final int MAX_KEY_LENGTH = 200;
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final UniqueClaims claims;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    IdempotentCreation(UniqueClaims claims) {
        this.claims = claims;
    }

    /**
     * Sends the command that {@code create} builds for a new id, or answers the id created
     * earlier under the same key.
     *
     * @param resource the kind of resource, so one key may be reused for different kinds
     * @param key      the client's Idempotency-Key header, or null for a plain create
     * @return the id of the created resource, new or earlier
     */
    public Result create(CommandGateway commands, String resource, String key, long newId, LongFunction<Object> create) {
        if (key == null) {
            return new Result(newId, false, commands.sendAndWait(create.apply(newId)));
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BadRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String scopedKey = resource + ":" + key;
        Optional<Long> earlier = claims.owner(SCOPE, scopedKey);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), true, null);
        }
        try {
            return new Result(newId, false,
                    commands.sendAndWait(create.apply(newId), MetaData.with(METADATA_KEY, scopedKey)
                            .and(METADATA_CREATED_ID, String.valueOf(newId))));
        } catch (RuntimeException e) {
            return Causes.find(e, AlreadyCreated.class).map(concurrent -> new Result(concurrent.firstId, true, null))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * The created resource's id, whether an earlier request with the same key created it,
     * and what the command handler answered (null on a replay).
     */
    public record Result(long id, boolean replayed, Object answer) {

        /** As {@link #reply(String, Long, Map, Supplier)} with nothing more for the first time. */
        public ResponseEntity<Map<String, Object>> reply(String location, Long version, Map<String, Object> body) {
            return reply(location, version, body, Map::of);
        }

        /**
         * The 201 of a create: {@code Location}, then either the new resource's {@code version} as ETag
         * (none when null) or, on a replay, {@code Idempotent-Replayed: true}. {@code firstTime} adds
         * to {@code body} what only the first request knows (the command handler's answer).
         */
        public ResponseEntity<Map<String, Object>> reply(String location, Long version, Map<String, Object> body,
                Supplier<Map<String, Object>> firstTime) {
            ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create(location));
            Map<String, Object> answer = new LinkedHashMap<>(body);
            if (replayed) {
                response.header(REPLAYED_HEADER, "true");
            } else {
                if (version != null) {
                    response.eTag(Versions.etag(version));
                }
                answer.putAll(firstTime.get());
            }
            return response.body(answer);
        }
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(METADATA_KEY);
        if (key != null) {
            Object created = command.getMetaData().get(METADATA_CREATED_ID);
            long id = Long.parseLong(created != null ? created.toString()
                    : targets.resolveTarget(command).getIdentifier());
            String scopedKey = key.toString();
            if (!claims.tryClaim(SCOPE, scopedKey, id)) {
                throw new AlreadyCreated(claims.owner(SCOPE, scopedKey).orElse(id));
            }
        }
        return chain.proceed();
    }

    /** A concurrent request with the same key won; its resource is the answer. */
    static final class AlreadyCreated extends RuntimeException {

        private final long firstId;

        AlreadyCreated(long firstId) {
            super("created earlier under the same Idempotency-Key: " + firstId);
            this.firstId = firstId;
        }
    }
}
