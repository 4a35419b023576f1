package org.careloop.cases.support;

import org.careloop.cases.casefile.WorkerDirectory;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final WorkerDirectory workers;

    WebConfiguration(WorkerDirectory workers) {
        this.workers = workers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new WorkerDirectoryInterceptor(workers)).addPathPatterns("/api/**");
    }
}
