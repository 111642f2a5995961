// SPDX-License-Identifier: MIT
// Data-loading figures for docs/PERFORMANCE.md, in one run:
//  - Fashion-MNIST (train + test) load time from the Debian package;
//  - building the imbalanced experiment and gathering one epoch of batches (augmented, two views);
//  - ISIC-style folder decode throughput (images/s), cold and from the cache, on generated 600 x 450 JPEGs.
// Usage: bench_data [images=3000] [threads=0]
#include "data/Augmentation.h"
#include "data/BatchSampler.h"
#include "data/FashionMnist.h"
#include "data/ImbalancedDataset.h"
#include "data/Isic2018.h"
#include "util/MemoryTuning.h"
#include "util/ThreadingEnvironment.h"
#include "util/Threads.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void writeIsicFolder(const fs::path& dir, int count)
{
    fs::create_directories(dir / "ISIC2018_Task3_Training_Input");
    fs::create_directories(dir / "ISIC2018_Task3_Training_GroundTruth");
    std::ofstream csv(dir / "ISIC2018_Task3_Training_GroundTruth" / "ISIC2018_Task3_Training_GroundTruth.csv");
    csv << "image,MEL,NV,BCC,AKIEC,BKL,DF,VASC\n";
    cv::RNG rng(1);
    for (int i = 0; i < count; ++i) {
        cv::Mat image(450, 600, CV_8UC3);
        rng.fill(image, cv::RNG::UNIFORM, 60, 200);
        cv::GaussianBlur(image, image, cv::Size(9, 9), 3);
        cv::circle(image, cv::Point(300, 225), 80 + i % 60, cv::Scalar(40, 30 + i % 50, 90), -1);
        char name[32];
        std::snprintf(name, sizeof name, "ISIC_%07d", i);
        cv::imwrite((dir / "ISIC2018_Task3_Training_Input" / (std::string(name) + ".jpg")).string(), image);
        const int label = i % 7;
        csv << name;
        for (int c = 0; c < 7; ++c) {
            csv << (c == label ? ",1.0" : ",0.0");
        }
        csv << "\n";
    }
}

} // namespace

int main(int argc, char** argv)
{
    aclwb::preferPassiveOpenMpWait(argv);
    aclwb::keepFreedMemoryForReuse();
    const int images = argc > 1 ? std::atoi(argv[1]) : 3000;
    const int threads = aclwb::configureThreads(argc > 2 ? std::atoi(argv[2]) : 0);
    std::printf("threads: %d\n", threads);

    auto start = std::chrono::steady_clock::now();
    const aclwb::DatasetSplits fmnist = aclwb::loadFashionMnist(aclwb::kDefaultFashionMnistDir);
    std::printf("| Fashion-MNIST load (train + test, 70000 images, .gz) | %.3f s |\n", secondsSince(start));

    aclwb::ImbalanceOptions o;
    o.classes = { 0, 6 };
    o.ratio = 10;
    start = std::chrono::steady_clock::now();
    const aclwb::ImbalancedDataset experiment = aclwb::buildImbalancedDataset(fmnist, o);
    const double build = secondsSince(start);
    const aclwb::Augmentation augmentation;
    at::Generator generator = at::detail::createCPUGenerator(1);
    start = std::chrono::steady_clock::now();
    int64_t seen = 0;
    for (const at::Tensor& batch : aclwb::epochBatches(experiment.train.size(), 256, 1, 0, true)) {
        const at::Tensor views = augmentation.twoViews(experiment.train.gatherImages(batch), generator);
        seen += views.size(0);
    }
    const double epoch = secondsSince(start);
    std::printf("| imbalanced experiment (classes 0,6, R = 10): build | %.4f s |\n", build);
    std::printf("| one epoch of batches (%lld images, batch 256, two augmented views) | %.3f s (%.0f images/s) |\n",
                static_cast<long long>(experiment.train.size()), epoch, static_cast<double>(seen) / epoch);

    const fs::path dir = fs::temp_directory_path() / "aclwb-bench-isic";
    fs::remove_all(dir);
    start = std::chrono::steady_clock::now();
    writeIsicFolder(dir, images);
    std::printf("(generated %d JPEGs of 600 x 450 in %.1f s)\n", images, secondsSince(start));
    aclwb::DecodeOptions decode;
    decode.side = 64;
    decode.cacheDir = (dir / "cache").string();
    start = std::chrono::steady_clock::now();
    const aclwb::DatasetSplits cold = aclwb::loadIsic2018(dir.string(), decode);
    const double coldSeconds = secondsSince(start);
    start = std::chrono::steady_clock::now();
    const aclwb::DatasetSplits warm = aclwb::loadIsic2018(dir.string(), decode);
    const double warmSeconds = secondsSince(start);
    std::printf("| ISIC-style decode + resize to 64, cold (%d images) | %.2f s (%.0f images/s) |\n", images,
                coldSeconds, images / coldSeconds);
    std::printf("| same, from the cache (from_cache = %s) | %.3f s (%.0f images/s, %.0fx faster) |\n",
                warm.fromCache ? "true" : "false", warmSeconds, images / warmSeconds, coldSeconds / warmSeconds);
    fs::remove_all(dir);
    return cold.train.size() == warm.train.size() ? 0 : 1;
}
