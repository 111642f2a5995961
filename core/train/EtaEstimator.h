// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace aclwb {

/// Time left in a run, with each stage priced by its own measured step time (a linear-probe step on cached
/// features is far cheaper than a contrastive step through the encoder) and the evaluations counted.
///
/// A stage not yet started is priced at the last measured step time until its own steps are measured; an
/// evaluation not yet measured costs nothing until the first one is. Fractions count steps and evaluations alike
/// by their estimated time.
class EtaEstimator {
public:
    /// `steps[s]`: optimisation steps of stage s still to run; `evaluations[s]`: validation passes left in it.
    void plan(std::vector<int64_t> steps, std::vector<int64_t> evaluations, bool finalTest);
    void stepDone(size_t stage, double seconds);
    void evaluationDone(size_t stage, double seconds, double testRatio);
    void testDone();

    /// Seconds still to go.
    double remainingSeconds() const;
    /// Of the planned work (everything since plan()), the part done, in [0, 1].
    double fractionDone() const;

private:
    double stepCost(size_t stage) const;
    double evaluationCost() const;

    std::vector<int64_t> m_stepsLeft;
    std::vector<int64_t> m_evaluationsLeft;
    std::vector<double> m_stepSeconds; // measured sum per stage
    std::vector<int64_t> m_stepsMeasured;
    double m_lastStepCost = 0.0;
    double m_evaluationSeconds = 0.0;
    int64_t m_evaluationsMeasured = 0;
    double m_testRatio = 1.0; // test-set size / validation-set size
    bool m_testLeft = false;
    double m_doneSeconds = 0.0;
};

} // namespace aclwb
