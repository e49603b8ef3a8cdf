// The loaded V-Express model kept between renders. Loading release-size weights takes seconds to
// minutes, so a second render with the same folder, device and precision reuses the model; a
// render with another key frees the old one before loading (one model in memory at a time), and
// release() frees it when the user changes the folder or device, or memory runs short.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace vx::engine {
class ModelContext;
struct ModelLoadOptions;
}  // namespace vx::engine

namespace vx::studio {

class ModelCache {
public:
    ModelCache();
    ~ModelCache();
    ModelCache(const ModelCache&) = delete;
    ModelCache& operator=(const ModelCache&) = delete;

    // The model of `folder` loaded with `options` (device, precision, wav2vec2), from the cache
    // when the last load had the same key, else loaded now. Thread-safe; a render holds the
    // returned pointer, so release() during a render frees the model after it.
    std::shared_ptr<engine::ModelContext> acquire(const std::string& folder,
                                                  const engine::ModelLoadOptions& options);
    void release();

    // How many times a model was loaded (not reused) since construction.
    int loadCount() const;
    bool holdsModel() const;

private:
    mutable std::mutex m_mutex;
    std::string m_key;
    std::shared_ptr<engine::ModelContext> m_model;
    int m_loads = 0;
};

}  // namespace vx::studio
