package se.samverkan.project.rest.mapping;

import jakarta.enterprise.context.ApplicationScoped;

import se.samverkan.project.domain.Method;
import se.samverkan.project.rest.MethodRequest;
import se.samverkan.project.rest.MethodResponse;

@ApplicationScoped
public class MethodMapper {

    public Method toEntity(MethodRequest request) {
        Method method = new Method();
        apply(request, method);
        return method;
    }

    public void apply(MethodRequest request, Method m) {
        m.title = request.title().strip();
        m.kind = request.kind();
        m.summary = Strings.blankToNull(request.summary());
        m.documentUrl = Strings.blankToNull(request.documentUrl());
        m.publishedOn = request.publishedOn();
    }

    public MethodResponse toResponse(Method m) {
        return new MethodResponse(m.id, m.projectId, m.title, m.kind, m.summary, m.documentUrl, m.publishedOn,
                m.version, m.createdAt, m.updatedAt, m.createdByActor(), m.updatedByActor());
    }
}
