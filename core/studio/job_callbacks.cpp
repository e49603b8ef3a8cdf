#include "studio/job_callbacks.h"

#include "common/error.h"

namespace vx::studio {

const char* jobStageName(JobStage stage) {
    switch (stage) {
        case JobStage::Starting:
            return "starting";
        case JobStage::Portrait:
            return "portrait";
        case JobStage::Audio:
            return "audio";
        case JobStage::DrivingVideo:
            return "driving video";
        case JobStage::Models:
            return "models";
        case JobStage::Reference:
            return "reference";
        case JobStage::KpsFeatures:
            return "kps features";
        case JobStage::AudioFeatures:
            return "audio features";
        case JobStage::Denoising:
            return "denoising";
        case JobStage::Decoding:
            return "decoding";
        case JobStage::Preview:
            return "preview";
        case JobStage::Encoding:
            return "encoding";
    }
    return "?";
}

void JobCallbacks::checkAbort() const {
    if (shouldAbort && shouldAbort())
        throw Error(ErrorKind::Cancelled, "cancelled");
}

}  // namespace vx::studio
