package dev.atelier.app.dashboard;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands controllers the {@link Viewer} that {@link ViewerSessions} checked; refuses when there is none. */
final class ViewerArgument implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        Object viewer = request.getAttribute(ViewerSessions.REQUEST_KEY, RequestAttributes.SCOPE_REQUEST);
        if (viewer == null) {
            throw DashboardProblem.signInAgain("You are not signed in to the dashboard.");
        }
        return viewer;
    }
}
