package org.sanling.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.flow.FlowScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The web module is {@code <distributable/>}: session- and view-scoped beans travel in the HTTP session to the
 * other node, so all they keep must serialize (docs/architecture.md "Growing past one machine"). Checked from the
 * declared types of their fields, through the portal's own records and entities they hold: a class must
 * be {@link Serializable}; what an interface holds (a {@code List}'s elements, say) is checked by its type
 * arguments. Injected fields and fields typed as an EJB or a normal-scoped bean hold the container's
 * serializable proxy; transient fields stay behind.
 */
@AnalyzeClasses(packages = "org.sanling.web", importOptions = ImportOption.DoNotIncludeTests.class)
class SessionStateTest {

    @ArchTest
    static final ArchRule keptInTheSessionSerializes = classes()
            .that().areAnnotatedWith(SessionScoped.class).or().areAnnotatedWith(ViewScoped.class)
            .or().areAnnotatedWith(ConversationScoped.class).or().areAnnotatedWith(FlowScoped.class)
            .should(new ArchCondition<>("keep only what serializes") {
                @Override
                public void check(JavaClass bean, ConditionEvents events) {
                    new Walk(bean, events).fields(bean.reflect(), bean.getSimpleName());
                }
            });

    private static final class Walk {

        private final JavaClass bean;
        private final ConditionEvents events;
        private final Set<Class<?>> seen = new HashSet<>();

        Walk(JavaClass bean, ConditionEvents events) {
            this.bean = bean;
            this.events = events;
        }

        void fields(Class<?> type, String path) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                            && !injected(field)) {
                        type(field.getGenericType(), path + "." + field.getName());
                    }
                }
            }
        }

        private void type(Type type, String path) {
            if (type instanceof ParameterizedType parameterized) {
                type(parameterized.getRawType(), path);
                for (Type argument : parameterized.getActualTypeArguments()) {
                    type(argument, path + "<>");
                }
            } else if (type instanceof GenericArrayType array) {
                type(array.getGenericComponentType(), path + "[]");
            } else if (type instanceof WildcardType wildcard) {
                type(wildcard.getUpperBounds()[0], path);
            } else if (type instanceof TypeVariable<?> variable) {
                type(variable.getBounds()[0], path);
            } else if (type instanceof Class<?> c && c.isArray()) {
                type(c.getComponentType(), path + "[]");
            } else if (type instanceof Class<?> c
                    && !(c.isPrimitive() || c.isEnum() || c.isInterface() || c == Object.class || proxied(c))) {
                if (!Serializable.class.isAssignableFrom(c)) {
                    events.add(SimpleConditionEvent.violated(bean, path + " is a " + c.getName() + ", not Serializable"));
                } else if (c.getName().startsWith("org.sanling.") && !replaced(c) && seen.add(c)) {
                    fields(c, path);
                }
            }
        }

        private static boolean injected(Field field) {
            return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class)
                    || field.isAnnotationPresent(Resource.class);
        }

        /** A class that writes a serialized form of its own answers for it. */
        private static boolean replaced(Class<?> c) {
            return Arrays.stream(c.getDeclaredMethods()).anyMatch(method -> method.getName().equals("writeReplace"));
        }

        /** A service handed on from an injected field: the container's proxy. */
        private static boolean proxied(Class<?> c) {
            return c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                    || c.isAnnotationPresent(ApplicationScoped.class) || c.isAnnotationPresent(RequestScoped.class);
        }
    }
}
