// SPDX-License-Identifier: MIT
#include "train/EtaEstimator.h"

#include <algorithm>

namespace aclwb {

void EtaEstimator::plan(std::vector<int64_t> steps, std::vector<int64_t> evaluations, bool finalTest)
{
    m_stepsLeft = std::move(steps);
    m_evaluationsLeft = std::move(evaluations);
    m_evaluationsLeft.resize(m_stepsLeft.size(), 0);
    m_stepSeconds.assign(m_stepsLeft.size(), 0.0);
    m_stepsMeasured.assign(m_stepsLeft.size(), 0);
    m_testLeft = finalTest;
    m_doneSeconds = 0.0;
}

double EtaEstimator::stepCost(size_t stage) const
{
    if (stage < m_stepsMeasured.size() && m_stepsMeasured[stage] > 0) {
        return m_stepSeconds[stage] / static_cast<double>(m_stepsMeasured[stage]);
    }
    return m_lastStepCost;
}

double EtaEstimator::evaluationCost() const
{
    return m_evaluationsMeasured > 0 ? m_evaluationSeconds / static_cast<double>(m_evaluationsMeasured) : 0.0;
}

void EtaEstimator::stepDone(size_t stage, double seconds)
{
    if (stage >= m_stepsLeft.size()) {
        return;
    }
    m_stepSeconds[stage] += seconds;
    ++m_stepsMeasured[stage];
    m_lastStepCost = stepCost(stage);
    m_stepsLeft[stage] = std::max<int64_t>(0, m_stepsLeft[stage] - 1);
    m_doneSeconds += seconds;
}

void EtaEstimator::evaluationDone(size_t stage, double seconds, double testRatio)
{
    m_evaluationSeconds += seconds;
    ++m_evaluationsMeasured;
    m_testRatio = testRatio;
    if (stage < m_evaluationsLeft.size()) {
        m_evaluationsLeft[stage] = std::max<int64_t>(0, m_evaluationsLeft[stage] - 1);
    }
    m_doneSeconds += seconds;
}

void EtaEstimator::testDone()
{
    m_testLeft = false;
}

double EtaEstimator::remainingSeconds() const
{
    double total = 0.0;
    for (size_t s = 0; s < m_stepsLeft.size(); ++s) {
        total += static_cast<double>(m_stepsLeft[s]) * stepCost(s);
        total += static_cast<double>(m_evaluationsLeft[s]) * evaluationCost();
    }
    if (m_testLeft) {
        total += evaluationCost() * m_testRatio;
    }
    return total;
}

double EtaEstimator::fractionDone() const
{
    const double left = remainingSeconds();
    const double all = m_doneSeconds + left;
    return all > 0.0 ? std::clamp(m_doneSeconds / all, 0.0, 1.0) : 0.0;
}

} // namespace aclwb
