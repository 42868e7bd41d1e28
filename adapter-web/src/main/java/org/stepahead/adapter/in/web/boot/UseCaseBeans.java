package org.stepahead.adapter.in.web.boot;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.core.env.Environment;
import org.stepahead.application.StepAhead;

/**
 * Registers every use case of {@link StepAhead#useCases()} as a bean of its incoming port, named like its accessor
 * and taken from the one {@link StepAhead} bean. One service stands behind each port, so injection by type is
 * unambiguous.
 */
class UseCaseBeans implements BeanRegistrar {

    @Override
    public void register(BeanRegistry registry, Environment environment) {
        StepAhead.useCases().forEach(binding -> register(registry, binding));
    }

    private static <T> void register(BeanRegistry registry, StepAhead.Binding<T> binding) {
        registry.registerBean(
                binding.name(),
                binding.port(),
                spec -> spec.supplier(context -> binding.of(context.bean(StepAhead.class))));
    }
}
