package fi.turvaverkko;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Turvaverkko: local safety planning and a joint situational picture for a city, its police and their partners. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TurvaverkkoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TurvaverkkoApplication.class, args);
    }
}
