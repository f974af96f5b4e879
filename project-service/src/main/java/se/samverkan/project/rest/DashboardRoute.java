package se.samverkan.project.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * The dashboard is static files under {@code META-INF/resources/dashboard/}, served at {@code /dashboard/}; its
 * address without the slash would be a 404, and the page's relative links need the slash, so that one redirects.
 */
@ApplicationScoped
public class DashboardRoute {

    void install(@Observes Router router) {
        // the browser keeps the fragment (#token=…) across the redirect; the query is passed on here
        router.get("/dashboard").handler(context -> {
            if (context.request().path().endsWith("/")) {
                // Vert.x matches /dashboard/ here too: that one is the page, served by the static files' route
                context.next();
                return;
            }
            String query = context.request().query();
            context.redirect(query == null ? "/dashboard/" : "/dashboard/?" + query);
        });
    }
}
