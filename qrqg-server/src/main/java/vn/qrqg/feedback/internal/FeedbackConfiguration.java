package vn.qrqg.feedback.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.feedback.FeedbackProperties;

/** The settings' parts that are objects of their own. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    Photos feedbackPhotos(FeedbackProperties properties) {
        return new Photos(properties.maxPhotoSize().toBytes(), properties.maxPhotoPixels());
    }

    @Bean
    WorkingDays feedbackWorkingDays(FeedbackProperties properties) {
        return new WorkingDays(properties.answerWithinWorkingDays(), properties.holidays(), VietnamTime.ZONE);
    }
}
