// SPDX-License-Identifier: MIT
#include "data/ImbalancedDataset.h"

#include "util/Fingerprint.h"
#include "util/InputError.h"
#include "util/SeededRandom.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace aclwb {
namespace {

using Pools = std::vector<std::vector<int64_t>>; // per experiment class: source indices

Pools poolsByClass(const ImageDataset& split, const std::vector<int64_t>& sourceClasses, SeededRandom& rng)
{
    Pools pools(sourceClasses.size());
    const at::Tensor labels = split.labels.to(at::kCPU, at::kLong).contiguous();
    const int64_t* y = labels.data_ptr<int64_t>();
    for (int64_t i = 0; i < labels.size(0); ++i) {
        const auto found = std::find(sourceClasses.begin(), sourceClasses.end(), y[i]);
        if (found != sourceClasses.end()) {
            pools[static_cast<size_t>(found - sourceClasses.begin())].push_back(i);
        }
    }
    for (auto& pool : pools) {
        rng.shuffle(pool);
    }
    return pools;
}

/// Per-class factors f_k of n_max; empty when the ratio is 0 (keep natural counts).
std::vector<double> profileFactors(const ImbalanceOptions& o, size_t classes)
{
    std::vector<double> f;
    if (o.ratio == 0.0) {
        return f;
    }
    for (size_t k = 0; k < classes; ++k) {
        if (k == 0 || classes == 1) {
            f.push_back(1.0);
        } else if (o.profile == ImbalanceProfile::Step) {
            f.push_back(1.0 / o.ratio);
        } else {
            f.push_back(std::pow(o.ratio, -static_cast<double>(k) / static_cast<double>(classes - 1)));
        }
    }
    return f;
}

/// Target count per class: floor(n_max * f_k) (n_max = first pool's size, capped), never above what a pool has.
std::vector<int64_t> targetCounts(const Pools& pools, const std::vector<double>& factors, int64_t cap,
                                  const std::vector<std::string>& names, const std::string& part)
{
    const int64_t limit = cap > 0 ? cap : std::numeric_limits<int64_t>::max();
    const int64_t nMax = std::min<int64_t>(static_cast<int64_t>(pools[0].size()), limit);
    std::vector<int64_t> counts;
    for (size_t k = 0; k < pools.size(); ++k) {
        const int64_t available = static_cast<int64_t>(pools[k].size());
        int64_t want = factors.empty()
            ? std::min(available, limit)
            : static_cast<int64_t>(std::floor(static_cast<double>(nMax) * factors[k] + 1e-9));
        want = std::min(want, available);
        if (want <= 0) {
            throw InputError(part + ": class '" + names[k] + "' is left with zero samples (" + std::to_string(available)
                             + " available, majority " + std::to_string(nMax)
                             + "); lower imbalance-ratio, raise max-per-class or choose other classes");
        }
        counts.push_back(want);
    }
    return counts;
}

SubsetView makeView(const at::Tensor& images, const std::vector<std::pair<int64_t, int64_t>>& picked, size_t classes)
{
    std::vector<std::pair<int64_t, int64_t>> sorted = picked; // (source index, experiment class)
    std::sort(sorted.begin(), sorted.end());
    std::vector<int64_t> indices;
    std::vector<int64_t> labels;
    SubsetView view;
    view.classCounts.assign(classes, 0);
    for (const auto& [index, label] : sorted) {
        indices.push_back(index);
        labels.push_back(label);
        ++view.classCounts[static_cast<size_t>(label)];
    }
    view.images = images;
    view.indices = at::tensor(indices, at::kLong);
    view.labels = at::tensor(labels, at::kLong);
    return view;
}

void addToFingerprint(Fingerprint& fp, const SubsetView& view)
{
    const at::Tensor idx = view.indices.contiguous();
    fp.add(view.size()).add(idx.data_ptr<int64_t>(), static_cast<size_t>(idx.numel()) * sizeof(int64_t));
}

} // namespace

at::Tensor SubsetView::gatherImages(const at::Tensor& positions) const
{
    return images.index_select(0, indices.index_select(0, positions)).to(at::kFloat).div_(255.0);
}

at::Tensor SubsetView::gatherLabels(const at::Tensor& positions) const
{
    return labels.index_select(0, positions);
}

ImbalancedDataset buildImbalancedDataset(const DatasetSplits& source, const ImbalanceOptions& options)
{
    validate(options);
    const int64_t sourceClassCount = source.classCount();
    ImbalancedDataset out;
    out.datasetName = source.name;
    out.imageShape = source.imageShape();
    if (options.classes.empty()) {
        for (int64_t c = 0; c < sourceClassCount; ++c) {
            out.sourceClasses.push_back(c);
        }
    } else {
        std::set<int64_t> seen;
        for (int64_t c : options.classes) {
            if (c < 0 || c >= sourceClassCount) {
                throw InputError("invalid parameter classes: unknown class index " + std::to_string(c) + " (dataset "
                                 + source.name + " has classes 0.." + std::to_string(sourceClassCount - 1) + ")");
            }
            if (!seen.insert(c).second) {
                throw InputError("invalid parameter classes: class index " + std::to_string(c) + " appears twice");
            }
            out.sourceClasses.push_back(c);
        }
    }
    for (int64_t c : out.sourceClasses) {
        out.classNames.push_back(source.classNames[static_cast<size_t>(c)]);
    }
    const size_t classes = out.sourceClasses.size();
    SeededRandom rng(options.seed);
    const std::vector<double> factors = profileFactors(options, classes);

    // Training pools, and a stratified test pool carved from them when the source has no test split.
    Pools trainPools = poolsByClass(source.train, out.sourceClasses, rng);
    Pools testPools;
    out.officialTest = source.test.has_value();
    if (out.officialTest) {
        testPools = poolsByClass(*source.test, out.sourceClasses, rng);
    } else {
        testPools.resize(classes);
        for (size_t k = 0; k < classes; ++k) {
            auto& pool = trainPools[k];
            const auto n = static_cast<int64_t>(pool.size());
            const int64_t take = n < 2 ? 0 : std::clamp<int64_t>(std::llround(options.testFraction * n), 1, n - 1);
            testPools[k].assign(pool.begin(), pool.begin() + take);
            pool.erase(pool.begin(), pool.begin() + take);
        }
    }

    out.selectedTrainCounts = targetCounts(trainPools, factors, options.maxPerClass, out.classNames, "training set");
    std::vector<std::pair<int64_t, int64_t>> train;
    std::vector<std::pair<int64_t, int64_t>> validation;
    out.officialValidation = source.validation.has_value();
    for (size_t k = 0; k < classes; ++k) {
        const int64_t n = out.selectedTrainCounts[k];
        const int64_t held = out.officialValidation
            ? 0
            : std::min<int64_t>(n - 1, std::llround(options.validationFraction * static_cast<double>(n)));
        for (int64_t j = 0; j < n; ++j) {
            (j < n - held ? train : validation)
                .emplace_back(trainPools[k][static_cast<size_t>(j)], static_cast<int64_t>(k));
        }
    }
    if (out.officialValidation) {
        Pools valPools = poolsByClass(*source.validation, out.sourceClasses, rng);
        for (size_t k = 0; k < classes; ++k) {
            for (int64_t i : valPools[k]) {
                validation.emplace_back(i, static_cast<int64_t>(k));
            }
        }
    }

    const bool matched = options.test == TestComposition::Matched && !factors.empty();
    const std::vector<int64_t> testCounts
        = targetCounts(testPools, matched ? factors : std::vector<double> {}, 0, out.classNames, "test set");
    std::vector<std::pair<int64_t, int64_t>> test;
    for (size_t k = 0; k < classes; ++k) {
        for (int64_t j = 0; j < testCounts[k]; ++j) {
            test.emplace_back(testPools[k][static_cast<size_t>(j)], static_cast<int64_t>(k));
        }
    }

    out.train = makeView(source.train.images, train, classes);
    out.validation
        = makeView(out.officialValidation ? source.validation->images : source.train.images, validation, classes);
    out.test = makeView(out.officialTest ? source.test->images : source.train.images, test, classes);

    Fingerprint fp;
    fp.add(std::string_view(out.datasetName));
    for (int64_t c : out.sourceClasses) {
        fp.add(c);
    }
    addToFingerprint(fp, out.train);
    addToFingerprint(fp, out.validation);
    addToFingerprint(fp, out.test);
    out.fingerprint = fp.hex();
    return out;
}

} // namespace aclwb
