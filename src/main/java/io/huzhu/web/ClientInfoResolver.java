package io.huzhu.web;

import io.huzhu.shared.ClientInfo;
import io.huzhu.shared.ErrorCode;
import io.huzhu.shared.HuzhuException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller parameter of type {@link ClientInfo} the caller's device id ({@code X-Device-Id}) and address.
 * The address is {@code getRemoteAddr()}: the direct peer, or, behind a trusted proxy, the forwarded client address
 * that Tomcat's RemoteIpValve put there ({@code server.forward-headers-strategy=native}; README, "Client address").
 */
final class ClientInfoResolver implements HandlerMethodArgumentResolver {

    static final String DEVICE_HEADER = "X-Device-Id";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ClientInfo.class;
    }

    @Override
    public ClientInfo resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        String address = http == null ? null : http.getRemoteAddr();
        return new ClientInfo(deviceId(request.getHeader(DEVICE_HEADER)), address);
    }

    /** Blank is no device; otherwise 1 to 128 visible ASCII characters or spaces, else a 400. */
    static @Nullable String deviceId(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.length() > ClientInfo.MAX_DEVICE_ID || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw HuzhuException.of(ErrorCode.DEVICE_ID_INVALID);
        }
        return value;
    }
}
