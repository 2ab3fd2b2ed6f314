package io.netledger.app.projection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Readers never see a half-built table: a query handler of a projection (a {@code @QueryHandler} in a
 * {@code @ProcessingGroup} class, which owns the tables it reads) refuses while its group is rebuilt, and
 * the endpoint that asked answers 503 with Retry-After and the progress ({@link ReadModelRebuilding}).
 * Which endpoints a group feeds thus follows from where its query handlers are, with no list to keep.
 * <p>
 * Only queries a controller sends are refused. The security filters' account lookups keep reading, so a
 * login's token stays usable while {@code users} is rebuilt, and so do the sagas' catalogue lookups, which
 * already take a NAS or plan not found for a read model a moment behind and retry later.
 */
final class RebuildGuard implements HandlerEnhancerDefinition {

    private final RebuildingGroups rebuilding;

    RebuildGuard(RebuildingGroups rebuilding) {
        this.rebuilding = rebuilding;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = AnnotationUtils.findAnnotation(original.declaringClass(), ProcessingGroup.class);
        return group != null && original.canHandleMessageType(QueryMessage.class)
                ? new Guarded<>(original, group.value()) : original;
    }

    /** The group whose query handler this is, or nothing: how the admin list names what a group feeds. */
    static Optional<String> groupOf(Class<?> handlerClass) {
        return Optional.ofNullable(AnnotationUtils.findAnnotation(handlerClass, ProcessingGroup.class))
                .map(ProcessingGroup::value);
    }

    private static boolean askedByController() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && askedByController(attributes.getRequest());
    }

    private static boolean askedByController(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) != null;
    }

    private final class Guarded<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        private Guarded(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Optional<RebuildProgress> progress = rebuilding.of(group);
            if (progress.isPresent() && askedByController()) {
                throw new ReadModelRebuilding(progress.get());
            }
            return super.handle(message, target);
        }
    }
}
