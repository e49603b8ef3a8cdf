#include "studio/render_queue.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/atomic_file.h"
#include "common/error.h"
#include "common/text_file.h"
#include "studio/output_identity.h"

namespace vx::studio {

namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

constexpr const char* kFormatName = "vxstudio-render-queue";

const std::pair<QueueJobStatus, const char*> kStatusNames[] = {
    {QueueJobStatus::Waiting, "waiting"}, {QueueJobStatus::Running, "running"},
    {QueueJobStatus::Paused, "paused"},   {QueueJobStatus::Done, "done"},
    {QueueJobStatus::Failed, "failed"},   {QueueJobStatus::Cancelled, "cancelled"},
};

[[noreturn]] void refuse(const std::string& path, const std::string& what) {
    throw Error(ErrorKind::BadInput, what, path);
}

// Reads one job object; the first malformed field throws naming the file, the job and the
// field.
class JobReader {
public:
    JobReader(const Json& object, std::string path, size_t index)
        : m_object(object), m_path(std::move(path)), m_where("job " + std::to_string(index)) {}

    [[noreturn]] void fail(const std::string& what) const { refuse(m_path, m_where + ": " + what); }
    const Json& field(const char* key) const {
        const auto it = m_object.find(key);
        if (it == m_object.end())
            fail(std::string("the field \"") + key + "\" is missing");
        return *it;
    }
    std::string text(const char* key, bool optional = false) const {
        if (optional && !m_object.contains(key))
            return {};
        const Json& v = field(key);
        if (!v.is_string())
            fail(std::string("\"") + key + "\" must be text");
        return v.get<std::string>();
    }
    bool flag(const char* key) const {
        const Json& v = field(key);
        if (!v.is_boolean())
            fail(std::string("\"") + key + "\" must be true or false");
        return v.get<bool>();
    }
    int64_t whole(const char* key, int64_t low, int64_t high) const {
        const Json& v = field(key);
        if (!v.is_number_integer() || v.get<int64_t>() < low || v.get<int64_t>() > high)
            fail(std::string("\"") + key + "\" must be a whole number from " + std::to_string(low) +
                 " to " + std::to_string(high));
        return v.get<int64_t>();
    }

private:
    const Json& m_object;
    std::string m_path;
    std::string m_where;
};

// The "range" of a draft of part of the recording: [start, end] in seconds.
AudioRange readRange(const JobReader& reader, const Json& value) {
    if (!value.is_array() || value.size() != 2 || !value[0].is_number() || !value[1].is_number())
        reader.fail("\"range\" must be [start, end] in seconds");
    const double start = value[0].get<double>();
    const double end = value[1].get<double>();
    if (!std::isfinite(start) || !std::isfinite(end) || start < 0.0 || end <= start)
        reader.fail("\"range\" must have 0 <= start < end");
    return AudioRange{start, end};
}

QueueJob readJob(const Json& object, const std::string& path, size_t index) {
    const JobReader reader(object, path, index);
    if (!object.is_object())
        reader.fail("a job must be an object");
    QueueJob job;
    job.id = reader.whole("id", 1, int64_t(1) << 53);
    const std::string status = reader.text("status");
    const auto known = std::find_if(std::begin(kStatusNames), std::end(kStatusNames),
                                    [&](const auto& entry) { return status == entry.second; });
    if (known == std::end(kStatusNames))
        reader.fail("unknown \"status\" \"" + status +
                    "\" (waiting, running, paused, done, failed or cancelled)");
    job.status = known->first;
    job.message = reader.text("message", /*optional=*/true);
    job.target.output = reader.text("output");
    if (job.target.output.empty() || !job.target.output.is_absolute())
        reader.fail("\"output\" must be an absolute path");
    job.target.models = reader.text("models");
    job.target.draft = reader.flag("draft");
    const ParameterSpec& crf = parameterSpec(ParameterId::Crf);
    job.target.crf = int(reader.whole("crf", int64_t(crf.minimum), int64_t(crf.maximum)));
    if (const auto range = object.find("range"); range != object.end())
        job.target.audioRange = readRange(reader, *range);
    const Json& project = reader.field("project");
    if (!project.is_object())
        reader.fail("\"project\" must be a project (an object)");
    try {
        // Relative inputs are beneath the output's folder, as the writer stored them.
        job.project = projectFromJson(project.dump(), job.target.output.string());
    } catch (const Error& e) {
        reader.fail(std::string("project: ") + e.what());
    }
    if (job.project.portraitPath.empty() || job.project.audioPath.empty())
        reader.fail("the project needs a portrait and a recording");
    return job;
}

}  // namespace

const char* queueJobStatusName(QueueJobStatus status) {
    for (const auto& [value, name] : kStatusNames)
        if (value == status)
            return name;
    return "waiting";
}

bool QueueJob::isPending() const {
    return status == QueueJobStatus::Waiting || status == QueueJobStatus::Running ||
           status == QueueJobStatus::Paused;
}

const QueueJob* RenderQueue::find(int64_t id) const {
    const auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [id](const QueueJob& j) { return j.id == id; });
    return it == m_jobs.end() ? nullptr : &*it;
}

const QueueJob* RenderQueue::unfinishedJobWriting(const fs::path& output) const {
    const std::string identity = outputIdentity(output);
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const QueueJob& j) {
        return j.status != QueueJobStatus::Done && outputIdentity(j.target.output) == identity;
    });
    return it == m_jobs.end() ? nullptr : &*it;
}

QueueJob* RenderQueue::findMutable(int64_t id) {
    return const_cast<QueueJob*>(std::as_const(*this).find(id));
}

int64_t RenderQueue::add(Project project, RenderTarget target) {
    const std::string output = target.output.string();
    if (project.portraitPath.empty() || project.audioPath.empty())
        throw Error(ErrorKind::BadInput,
                    "a queued render needs a portrait and a recording; load both first", output);
    if (const QueueJob* other = unfinishedJobWriting(target.output))
        throw Error(ErrorKind::BadInput,
                    "the render queue already has a job writing this file (job " +
                        std::to_string(other->id) + "); choose another output or remove that job",
                    output);
    QueueJob job;
    job.id = m_nextId++;
    job.project = std::move(project);
    job.project.missingInputs.clear();
    job.target = std::move(target);
    job.target.device.reset();
    job.target.precision.reset();
    m_jobs.push_back(std::move(job));
    return m_jobs.back().id;
}

bool RenderQueue::remove(int64_t id) {
    const QueueJob* job = find(id);
    if (!job || job->status == QueueJobStatus::Running)
        return false;
    m_jobs.erase(m_jobs.begin() + (job - m_jobs.data()));
    return true;
}

bool RenderQueue::move(int64_t id, int delta) {
    const QueueJob* job = find(id);
    if (!job)
        return false;
    const long from = long(job - m_jobs.data());
    const long to = std::clamp(from + delta, 0L, long(m_jobs.size()) - 1);
    if (to == from)
        return false;
    if (to > from)
        std::rotate(m_jobs.begin() + from, m_jobs.begin() + from + 1, m_jobs.begin() + to + 1);
    else
        std::rotate(m_jobs.begin() + to, m_jobs.begin() + from, m_jobs.begin() + from + 1);
    return true;
}

bool RenderQueue::retry(int64_t id) {
    QueueJob* job = findMutable(id);
    if (!job || job->isPending())
        return false;
    job->status = QueueJobStatus::Waiting;
    job->message.clear();
    return true;
}

void RenderQueue::removeDone() {
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(),
                                [](const QueueJob& j) { return j.status == QueueJobStatus::Done; }),
                 m_jobs.end());
}

void RenderQueue::setStatus(int64_t id, QueueJobStatus status, std::string message) {
    if (QueueJob* job = findMutable(id)) {
        job->status = status;
        job->message = std::move(message);
    }
}

const QueueJob* RenderQueue::next() const {
    const auto it =
        std::find_if(m_jobs.begin(), m_jobs.end(), [](const QueueJob& j) { return j.isPending(); });
    return it == m_jobs.end() ? nullptr : &*it;
}

std::string renderQueueToJson(const RenderQueue& queue) {
    Json jobs = Json::array();
    for (const QueueJob& job : queue.jobs()) {
        Json entry = {
            {"id", job.id},
            {"status", queueJobStatusName(job.status)},
            {"message", job.message},
            {"output", job.target.output.string()},
            {"models", job.target.models.string()},
            {"draft", job.target.draft},
            {"crf", job.target.crf},
            {"project", Json::parse(projectToJson(job.project, job.target.output.string()))},
        };
        if (job.target.audioRange)
            entry["range"] = {job.target.audioRange->startSeconds,
                              job.target.audioRange->endSeconds};
        jobs.push_back(std::move(entry));
    }
    const Json root = {{"format", kFormatName},
                       {"version", kRenderQueueFormatVersion},
                       {"paused", queue.isPaused()},
                       {"nextId", queue.nextId()},
                       {"jobs", std::move(jobs)}};
    return root.dump(2) + "\n";
}

RenderQueue renderQueueFromJson(const std::string& json, const std::string& path) {
    const Json root = Json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object())
        refuse(path, "this is not a render queue file: invalid JSON");
    const auto format = root.find("format");
    if (format == root.end() || *format != kFormatName)
        refuse(path, "this is not a render queue file (its \"format\" is not \"" +
                         std::string(kFormatName) + "\")");
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<int64_t>() < 1)
        refuse(path, "\"version\" must be a whole number from 1");
    if (version->get<int64_t>() > kRenderQueueFormatVersion)
        refuse(path, "the render queue was written by a newer VX Studio (version " +
                         std::to_string(version->get<int64_t>()) + "); update VX Studio");
    const auto paused = root.find("paused");
    if (paused == root.end() || !paused->is_boolean())
        refuse(path, "\"paused\" must be true or false");
    const auto jobs = root.find("jobs");
    if (jobs == root.end() || !jobs->is_array())
        refuse(path, "\"jobs\" must be a list");

    RenderQueue queue;
    queue.m_paused = paused->get<bool>();
    for (size_t i = 0; i < jobs->size(); ++i) {
        QueueJob job = readJob((*jobs)[i], path, i);
        if (queue.find(job.id))
            refuse(path, "job " + std::to_string(i) + ": the id " + std::to_string(job.id) +
                             " is used twice");
        queue.m_nextId = std::max(queue.m_nextId, job.id + 1);
        queue.m_jobs.push_back(std::move(job));
    }
    // An id is never given twice, even when the file's "nextId" is missing or behind.
    if (const auto next = root.find("nextId"); next != root.end() && next->is_number_integer() &&
                                               next->get<int64_t>() > queue.m_nextId &&
                                               next->get<int64_t>() <= (int64_t(1) << 53))
        queue.m_nextId = next->get<int64_t>();
    return queue;
}

void writeRenderQueueFile(const RenderQueue& queue, const fs::path& path) {
    writeFileAtomically(path, renderQueueToJson(queue));
}

RenderQueue readRenderQueueFile(const fs::path& path) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        return {};
    return renderQueueFromJson(readSmallTextFile(path), path.string());
}

}  // namespace vx::studio
