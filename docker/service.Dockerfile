# One image per CareLoop service: docker build --build-arg MODULE=case-service -f docker/service.Dockerfile .
# (after ./mvnw -DskipTests package). No secret is baked in: every setting comes from the environment.
FROM eclipse-temurin:21-jre
ARG MODULE
RUN useradd --system --uid 10001 --no-create-home careloop
COPY ${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT.jar /app/service.jar
USER careloop
ENV LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/service.jar"]
