// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace aclwb {

/// How per-class counts fall from the majority class to the minority classes.
enum class ImbalanceProfile {
    /// The first chosen class keeps n_max, every other class gets n_max / R (the paper's binary tasks).
    Step,
    /// Class k of C gets n_max * R^(-k / (C - 1)): a long tail as in CIFAR-LT.
    Exponential,
};

/// Which test set to evaluate on.
enum class TestComposition {
    /// The test set gets the same imbalance as training (default): unweighted and balanced accuracy then
    /// differ, as in the paper.
    Matched,
    /// The source's test set as it is.
    Balanced,
};

/// Everything that turns a dataset into an imbalanced experiment; one seed makes it reproducible.
struct ImbalanceOptions {
    /// Source class indices, in order (the first is the majority); empty = all classes.
    std::vector<int64_t> classes;
    /// Majority / minority count, >= 1; 0 keeps the source's own counts (e.g. ISIC's natural imbalance).
    double ratio = 0.0;
    ImbalanceProfile profile = ImbalanceProfile::Step;
    /// Caps the majority count n_max (0 = no cap), for quick runs.
    int64_t maxPerClass = 0;
    TestComposition test = TestComposition::Matched;
    /// Fraction of each class's training samples held out for validation, when the source has no validation split.
    double validationFraction = 0.1;
    /// Fraction of each class carved out as the test set, when the source has no test split.
    double testFraction = 0.2;
    uint64_t seed = 1;
};

/// Throws InputError naming the parameter for out-of-range values.
void validate(const ImbalanceOptions& options);

ImbalanceProfile parseImbalanceProfile(const std::string& text);
std::string toString(ImbalanceProfile profile);
TestComposition parseTestComposition(const std::string& text);
std::string toString(TestComposition composition);

} // namespace aclwb
