#include "studio/model_cache.h"

#include <filesystem>

#include "common/log.h"
#include "engine/pipeline/model_context.h"

namespace vx::studio {

namespace {

std::string keyOf(const std::string& folder, const engine::ModelLoadOptions& options) {
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(folder, ec);
    return (ec ? folder : canonical.string()) + '|' + std::to_string(int(options.device)) + '|' +
           std::to_string(int(options.precision)) + '|' + std::to_string(options.cudaIndex) + '|' +
           (options.loadWav2Vec2 ? "w" : "-") + (options.requireWav2Vec2 ? "r" : "-");
}

}  // namespace

ModelCache::ModelCache() = default;
ModelCache::~ModelCache() = default;

std::shared_ptr<engine::ModelContext> ModelCache::acquire(const std::string& folder,
                                                          const engine::ModelLoadOptions& options) {
    std::lock_guard<std::mutex> lock(m_mutex);
    const std::string key = keyOf(folder, options);
    if (m_model && key == m_key) {
        log::info("models", "reusing the loaded model of " + folder);
        return m_model;
    }
    // Free the old model first: two release-size models at once may not fit.
    m_model.reset();
    m_key.clear();
    std::shared_ptr<engine::ModelContext> model = engine::ModelContext::load(folder, options);
    ++m_loads;
    log::info("models", "loaded " + folder + " on " + model->runtime().describe());
    m_model = std::move(model);
    m_key = key;
    return m_model;
}

void ModelCache::release() {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_model)
        log::info("models", "released the loaded model");
    m_model.reset();
    m_key.clear();
}

int ModelCache::loadCount() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_loads;
}

bool ModelCache::holdsModel() const {
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_model != nullptr;
}

}  // namespace vx::studio
