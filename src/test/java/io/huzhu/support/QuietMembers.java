package io.huzhu.support;

import io.huzhu.guardrails.Attention;
import io.huzhu.shared.UserId;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Members a test puts into quiet hours: the guardrails gate ({@link Attention}), whatever implements it, answers "no"
 * for them and asks the real implementation for everyone else. The bean is wrapped in a class-based proxy, so code
 * that injects the implementing class still gets it.
 */
public final class QuietMembers implements BeanPostProcessor {

    private static final Set<UUID> QUIET = ConcurrentHashMap.newKeySet();

    public static void quiet(UUID member) {
        QUIET.add(member);
    }

    public static void attentive(UUID member) {
        QUIET.remove(member);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof Attention)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(bean);
        factory.setProxyTargetClass(
                !java.lang.reflect.Modifier.isFinal(bean.getClass().getModifiers()));
        factory.addAdvice((MethodInterceptor) invocation -> {
            if (invocation.getMethod().getName().equals("mayPush")
                    && invocation.getArguments()[0] instanceof UserId member
                    && QUIET.contains(member.value())) {
                return false;
            }
            return invocation.proceed();
        });
        return factory.getProxy(bean.getClass().getClassLoader());
    }
}
