// Which jobs a shard takes, from --shard K/N or from the environment of a Slurm job array or a
// Kubernetes Indexed Job.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "common/error.h"
#include "studio/batch_shard.h"

namespace {

using vx::studio::jobsOfShard;
using vx::studio::parseShard;
using vx::studio::Shard;
using vx::studio::shardFromEnvironment;

using Environment = std::map<std::string, std::string>;

vx::studio::EnvironmentLookup lookupIn(const Environment& environment) {
    return [&environment](const char* name) -> const char* {
        const auto it = environment.find(name);
        return it == environment.end() ? nullptr : it->second.c_str();
    };
}

std::string refusal(const Environment& environment) {
    try {
        shardFromEnvironment(lookupIn(environment));
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        return e.what();
    }
    return {};
}

std::string shardRefusal(const std::string& text) {
    try {
        parseShard(text);
    } catch (const vx::Error& e) {
        EXPECT_EQ(e.kind(), vx::ErrorKind::BadInput);
        return e.what();
    }
    return {};
}

TEST(BatchShard, EveryNthJobFromK) {
    EXPECT_EQ(jobsOfShard(7, Shard{0, 3, "x"}), (std::vector<int>{0, 3, 6}));
    EXPECT_EQ(jobsOfShard(7, Shard{2, 3, "x"}), (std::vector<int>{2, 5}));
    EXPECT_EQ(jobsOfShard(2, Shard{3, 4, "x"}), std::vector<int>{});
    EXPECT_EQ(jobsOfShard(3, Shard{}), (std::vector<int>{0, 1, 2}));
    // N shards together take every job exactly once.
    std::vector<int> seen(10, 0);
    for (int k = 0; k < 4; ++k)
        for (const int i : jobsOfShard(10, Shard{k, 4, "x"}))
            ++seen[i];
    EXPECT_EQ(seen, std::vector<int>(10, 1));
}

TEST(BatchShard, ParsesKOfN) {
    const Shard shard = parseShard("1/4");
    EXPECT_EQ(shard.index, 1);
    EXPECT_EQ(shard.count, 4);
    EXPECT_EQ(shard.source, "--shard 1/4");
    EXPECT_EQ(parseShard("0/1").count, 1);
    for (const char* bad : {"4/4", "1", "/4", "1/", "a/b", "-1/4", "1/0", "1/4x", " 1/4", "1/-2"})
        EXPECT_NE(shardRefusal(bad), "") << bad;
    EXPECT_NE(shardRefusal("4/4").find("numbered 0 to 3"), std::string::npos);
}

TEST(BatchShard, SlurmJobArrays) {
    EXPECT_FALSE(shardFromEnvironment(lookupIn({})));
    EXPECT_FALSE(shardFromEnvironment(lookupIn({{"SLURM_JOB_ID", "12"}})));  // not an array
    const Environment plain = {{"SLURM_ARRAY_TASK_ID", "1"}, {"SLURM_ARRAY_TASK_COUNT", "2"}};
    const auto shard = shardFromEnvironment(lookupIn(plain));
    ASSERT_TRUE(shard);
    EXPECT_EQ(shard->index, 1);
    EXPECT_EQ(shard->count, 2);
    EXPECT_NE(shard->source.find("SLURM_ARRAY_TASK_ID=1"), std::string::npos) << shard->source;
    // --array=1-4: task 3 is the third shard; --array=0-6:2: task 4 is the third.
    EXPECT_EQ(shardFromEnvironment(lookupIn({{"SLURM_ARRAY_TASK_ID", "3"},
                                             {"SLURM_ARRAY_TASK_COUNT", "4"},
                                             {"SLURM_ARRAY_TASK_MIN", "1"}}))
                  ->index,
              2);
    EXPECT_EQ(shardFromEnvironment(lookupIn({{"SLURM_ARRAY_TASK_ID", "4"},
                                             {"SLURM_ARRAY_TASK_COUNT", "4"},
                                             {"SLURM_ARRAY_TASK_MIN", "0"},
                                             {"SLURM_ARRAY_TASK_STEP", "2"}}))
                  ->index,
              2);
    // Slurm wins over Kubernetes.
    Environment both = plain;
    both["JOB_COMPLETION_INDEX"] = "0";
    both["VX_SHARD_COUNT"] = "5";
    EXPECT_EQ(shardFromEnvironment(lookupIn(both))->count, 2);

    EXPECT_NE(refusal({{"SLURM_ARRAY_TASK_ID", "1"}}).find("SLURM_ARRAY_TASK_COUNT"),
              std::string::npos);
    EXPECT_NE(refusal({{"SLURM_ARRAY_TASK_ID", "x"}, {"SLURM_ARRAY_TASK_COUNT", "2"}})
                  .find("SLURM_ARRAY_TASK_ID='x' is not a whole number"),
              std::string::npos);
    EXPECT_NE(refusal({{"SLURM_ARRAY_TASK_ID", "2"}, {"SLURM_ARRAY_TASK_COUNT", "2"}})
                  .find("does not exist"),
              std::string::npos);
    EXPECT_NE(refusal({{"SLURM_ARRAY_TASK_ID", "3"},
                       {"SLURM_ARRAY_TASK_COUNT", "3"},
                       {"SLURM_ARRAY_TASK_MIN", "0"},
                       {"SLURM_ARRAY_TASK_STEP", "2"}})
                  .find("--array=0-2"),
              std::string::npos);
}

TEST(BatchShard, KubernetesIndexedJobs) {
    const auto shard =
        shardFromEnvironment(lookupIn({{"JOB_COMPLETION_INDEX", "3"}, {"VX_SHARD_COUNT", "4"}}));
    ASSERT_TRUE(shard);
    EXPECT_EQ(shard->index, 3);
    EXPECT_EQ(shard->count, 4);
    EXPECT_NE(shard->source.find("JOB_COMPLETION_INDEX=3"), std::string::npos);
    // Kubernetes does not tell a pod the Job's completions: without VX_SHARD_COUNT the index
    // alone would silently render the wrong jobs.
    const std::string missing = refusal({{"JOB_COMPLETION_INDEX", "0"}});
    EXPECT_NE(missing.find("VX_SHARD_COUNT"), std::string::npos) << missing;
    EXPECT_NE(missing.find("--shard"), std::string::npos) << missing;
    EXPECT_NE(refusal({{"JOB_COMPLETION_INDEX", "4"}, {"VX_SHARD_COUNT", "4"}}), "");
    EXPECT_NE(refusal({{"JOB_COMPLETION_INDEX", "0"}, {"VX_SHARD_COUNT", "0"}}), "");
}

}  // namespace
