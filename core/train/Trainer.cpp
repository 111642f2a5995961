// SPDX-License-Identifier: MIT
#include "train/Trainer.h"

#include "data/Augmentation.h"
#include "data/BatchSampler.h"
#include "embed/EmbeddingQuality.h"
#include "io/AtomicFile.h"
#include "loss/AfclFunctional.h"
#include "model/ParameterInit.h"
#include "train/Checkpoint.h"
#include "train/LearningRate.h"
#include "train/LinearProbe.h"
#include "train/ModelIo.h"
#include "train/RunFiles.h"
#include "util/InputError.h"
#include "util/SeededRandom.h"

#include <ATen/Parallel.h>
#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <sstream>

namespace aclwb {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

/// The checkpoint layout this version writes and reads (2: stage names, 1-based epochs in the history, steps).
constexpr int kCheckpointFormat = 2;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(std::vector<torch::Tensor> params, const TrainConfig& c,
                                                       double lr, double weightDecay)
{
    if (c.optimizer == "sgd") {
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(lr).momentum(c.momentum).weight_decay(weightDecay));
    }
    return std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(lr).weight_decay(weightDecay));
}

/// The number each stage's random draws are keyed by (kept from the first format, so batches stay the same).
int stageKey(Stage stage)
{
    switch (stage) {
    case Stage::Contrastive: return 1;
    case Stage::Linear: return 2;
    case Stage::CrossEntropy: return 3;
    }
    return 0;
}

/// A seed per (run seed, stage, epoch): resuming at an epoch redraws exactly what the original run drew there.
uint64_t epochSeed(uint64_t seed, Stage stage, int64_t epoch)
{
    return seed * 1000003ULL + static_cast<uint64_t>(stageKey(stage)) * 7919ULL + static_cast<uint64_t>(epoch);
}

std::vector<at::Tensor> batchesFor(const SubsetView& subset, const TrainConfig& c, uint64_t seed)
{
    const bool dropLast = subset.size() >= c.batchSize;
    return c.balancedSampler ? classBalancedEpochBatches(subset.labels, c.batchSize, seed, 0, dropLast)
                             : epochBatches(subset.size(), c.batchSize, seed, 0, dropLast);
}

std::vector<at::Tensor> linearBatches(int64_t n, const TrainConfig& c, int64_t epoch)
{
    return epochBatches(n, c.batchSize, epochSeed(c.seed, Stage::Linear, epoch), 0, n >= c.batchSize);
}

/// A fixed class-stratified subsample of `labels` (positions, ascending) of at most `points`: the budget is
/// shared out by water-filling, so classes smaller than their share (the minority) are kept whole.
at::Tensor stratifiedSubsample(const at::Tensor& labels, int64_t classes, int64_t points, uint64_t seed)
{
    const int64_t n = labels.size(0);
    if (n <= points) {
        return at::arange(n, at::kLong);
    }
    const at::Tensor y = labels.to(at::kLong).contiguous();
    std::vector<std::vector<int64_t>> byClass(static_cast<size_t>(classes));
    for (int64_t i = 0; i < n; ++i) {
        byClass[static_cast<size_t>(y.data_ptr<int64_t>()[i])].push_back(i);
    }
    std::vector<size_t> order(byClass.size());
    for (size_t c = 0; c < order.size(); ++c) {
        order[c] = c;
    }
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return byClass[a].size() < byClass[b].size(); });
    std::vector<int64_t> chosen;
    int64_t left = points;
    SeededRandom rng(seed ^ 0x5A175A17ULL);
    for (size_t k = 0; k < order.size(); ++k) {
        std::vector<int64_t>& members = byClass[order[k]];
        const int64_t share = left / static_cast<int64_t>(order.size() - k);
        const int64_t take = std::min<int64_t>(static_cast<int64_t>(members.size()), share);
        rng.shuffle(members);
        chosen.insert(chosen.end(), members.begin(), members.begin() + take);
        left -= take;
    }
    std::sort(chosen.begin(), chosen.end());
    return at::tensor(chosen, at::kLong);
}

std::vector<float> toFloats(const at::Tensor& t)
{
    const at::Tensor c = t.to(at::kCPU, at::kFloat).contiguous();
    return std::vector<float>(c.data_ptr<float>(), c.data_ptr<float>() + c.numel());
}

} // namespace

Trainer::Trainer(TrainConfig config, ImbalancedDataset data, c10::Device device)
    : m_config(std::move(config))
    , m_data(std::move(data))
    , m_device(device)
{
    aclwb::validate(m_config);
    const int64_t channels = m_data.imageShape.empty() ? 1 : m_data.imageShape[0];
    m_model = ContrastiveNet(ContrastiveNetOptions(m_config.encoder, channels, m_data.classCount()));
    at::Generator init = at::detail::createCPUGenerator(m_config.seed);
    initialiseParameters(*m_model, init);
    if (!m_config.encoderWeights.empty()) {
        if (loadStateDict(*m_model, m_config.encoderWeights, "encoder.") == 0) {
            throw InputError(m_config.encoderWeights + ": no encoder tensors found");
        }
    }
    m_model->to(m_device);
    if (m_config.loss == "ce-weighted" || (m_config.isContrastive() && m_config.linearBalanced)) {
        // Inverse-frequency weights (ce-weighted's loss, or stage 2's with linear_balanced) N / (C * n_c), normalised
        // so a balanced set gets weight 1 everywhere.
        std::vector<double> w;
        const double n = static_cast<double>(m_data.train.size());
        for (int64_t count : m_data.train.classCounts) {
            w.push_back(count > 0 ? n / (static_cast<double>(m_data.classCount()) * static_cast<double>(count)) : 0.0);
        }
        m_classWeights = torch::tensor(w, torch::kFloat).to(m_device);
    }
    const SubsetView& split = m_data.validation.size() > 0 ? m_data.validation : m_data.test;
    m_snapshotPositions
        = stratifiedSubsample(split.labels, m_data.classCount(), m_config.snapshotPoints, m_config.seed);
}

std::vector<Stage> Trainer::stages() const
{
    return stagesOf(m_config);
}

int64_t Trainer::epochsOf(Stage stage) const
{
    return aclwb::epochsOf(m_config, stage);
}

std::vector<at::Tensor> Trainer::representationParameters() const
{
    // Contrastive: encoder and projection head (the classifier waits for stage 2); cross-entropy: everything.
    if (!m_config.isContrastive()) {
        return m_model->parameters();
    }
    std::vector<at::Tensor> params = m_model->encoder->parameters();
    for (const auto& p : m_model->head->parameters()) {
        params.push_back(p);
    }
    return params;
}

void Trainer::setLearningRate(torch::optim::Optimizer& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups()) {
        group.options().set_lr(lr);
    }
}

void Trainer::checkFinite(const at::Tensor& loss, Stage stage, int64_t epoch, int64_t step, double lr) const
{
    const double value = loss.item<double>();
    if (!std::isfinite(value)) {
        std::ostringstream what;
        what << "the " << stageName(stage) << " loss is " << value;
        diverged(what.str(), epoch, step, lr);
    }
}

void Trainer::diverged(const std::string& what, int64_t epoch, int64_t step, double lr) const
{
    std::ostringstream message;
    message << "training diverged: " << what << " at epoch " << epoch + 1 << ", step " << step + 1 << " (loss "
            << m_config.loss;
    if (m_config.isContrastive()) {
        message << ", gamma " << m_config.gamma << ", eta " << m_config.eta << ", temperature " << m_config.temperature;
    }
    message << ", lr " << lr << ", batch size " << m_config.batchSize << "); lower the learning rate"
            << (m_config.isContrastive() ? " or raise the temperature" : "") << ". "
            << (m_checkpointed ? "The last checkpoint is kept." : "No epoch had completed, so there is no checkpoint.");
    throw TrainingDiverged(message.str());
}

at::Tensor Trainer::representationLoss(const at::Tensor& positions, int64_t epoch, int64_t step, at::Generator& augment)
{
    const bool contrastive = m_config.isContrastive();
    const bool twoViews = contrastive && m_config.views == 2;
    static const Augmentation augmentation;
    at::Tensor images = m_data.train.gatherImages(positions);
    at::Tensor labels = m_data.train.gatherLabels(positions);
    if (twoViews) {
        images = m_config.augment ? augmentation.twoViews(images, augment) : torch::cat({ images, images });
        labels = torch::cat({ labels, labels });
    } else if (m_config.augment) {
        images = augmentation.apply(images, augment);
    }
    images = images.to(m_device);
    labels = labels.to(m_device);
    if (!contrastive) {
        auto ce = torch::nn::functional::CrossEntropyFuncOptions();
        if (m_classWeights.defined()) {
            ce.weight(m_classWeights);
        }
        return torch::nn::functional::cross_entropy(m_model->forward(images), labels, ce);
    }
    const at::Tensor projections = m_model->project(m_model->features(images));
    // Exploding weights show up here first; say so as a divergence, not as bad input to the loss.
    if (!torch::isfinite(projections).all().item<bool>()) {
        diverged("the model's projections contain NaN or infinite values", epoch, step,
                 m_result.steps.empty() ? m_config.lr : m_result.steps.back().lr);
    }
    const AfclLossOptions lossOptions = AfclLossOptions()
                                            .gamma(m_config.gamma)
                                            .eta(m_config.eta)
                                            .temperature(m_config.temperature)
                                            .normalization(parseNormalization(m_config.normalization))
                                            .normalize_input(false);
    return functional::afclLoss(projections, labels, lossOptions);
}

double Trainer::trainEpoch(Stage stage, int64_t epoch, torch::optim::Optimizer& optimizer,
                           const std::vector<at::Tensor>& batches, double baseLr, int64_t warmupSteps,
                           const LossOfBatch& lossOf)
{
    const int64_t steps = static_cast<int64_t>(batches.size());
    const int64_t epochs = epochsOf(stage);
    const int64_t imagesPerSample = stage == Stage::Contrastive && m_config.views == 2 ? 2 : 1;
    double lossSum = 0.0;
    for (int64_t step = 0; step < steps; ++step) {
        if (!proceed(m_control)) {
            return std::nan("");
        }
        const auto start = Clock::now();
        const at::Tensor& positions = batches[static_cast<size_t>(step)];
        const double lr
            = scheduledLearningRate(baseLr, m_config.schedule, epoch * steps + step, epochs * steps, warmupSteps);
        setLearningRate(optimizer, lr);
        optimizer.zero_grad();
        m_result.steps.push_back({ stage, epoch, step, 0.0, lr }); // the lr is known before the loss
        const at::Tensor loss = lossOf(positions, epoch, step);
        checkFinite(loss, stage, epoch, step, lr);
        loss.backward();
        optimizer.step();
        const double value = loss.item<double>();
        m_result.steps.back().loss = value;
        lossSum += value;
        const double seconds = secondsSince(start);
        const double images = static_cast<double>(positions.size(0) * imagesPerSample);
        if (stage != Stage::Linear) {
            m_stageImages += images;
            m_stageSeconds += seconds;
        }
        reportStep(stage, epoch, step, steps, value, lr, seconds, images);
    }
    return steps > 0 ? lossSum / static_cast<double>(steps) : 0.0;
}

void Trainer::reportStep(Stage stage, int64_t epoch, int64_t step, int64_t steps, double loss, double lr,
                         double seconds, double images)
{
    m_eta.stepDone(m_stageIndex, seconds);
    if (m_observer != nullptr) {
        TrainingProgress p;
        p.stage = stage;
        p.epoch = epoch;
        p.epochs = epochsOf(stage);
        p.step = step;
        p.stepsPerEpoch = steps;
        p.loss = loss;
        p.lr = lr;
        p.imagesPerSecond = seconds > 0 ? images / seconds : 0.0;
        p.etaSeconds = m_eta.remainingSeconds();
        p.fractionDone = m_eta.fractionDone();
        m_observer->onStep(p);
    }
}

void Trainer::dropStepsOf(Stage stage, int64_t epoch)
{
    while (!m_result.steps.empty() && m_result.steps.back().stage == stage && m_result.steps.back().epoch == epoch) {
        m_result.steps.pop_back();
    }
}

double Trainer::solveLinearProbe(const at::Tensor& features, const at::Tensor& labels)
{
    const int64_t evaluations = linearProbeMaxEvaluations(m_config.linearMaxIter);
    auto last = Clock::now();
    LinearProbeFit fit;
    try {
        fit = fitLinearProbe(features, labels, m_data.classCount(),
                             LinearProbeOptions()
                                 .l2(m_config.linearL2)
                                 .max_iterations(m_config.linearMaxIter)
                                 .class_weights(m_classWeights),
                             [&](int64_t evaluation, double loss) {
                                 if (!proceed(m_control)) {
                                     throw RunCancelled();
                                 }
                                 const double seconds = secondsSince(last);
                                 last = Clock::now();
                                 m_result.steps.push_back({ Stage::Linear, 0, evaluation, loss, 1.0 });
                                 reportStep(Stage::Linear, 0, std::min(evaluation, evaluations - 1), evaluations, loss,
                                            1.0, seconds, static_cast<double>(features.size(0)));
                             });
    } catch (const RunCancelled&) {
        dropStepsOf(Stage::Linear, 0); // as for a cancelled epoch: the checkpoint is at the probe's start
        throw;
    }
    {
        torch::NoGradGuard noGrad;
        m_model->classifier->weight.copy_(fit.weight);
        m_model->classifier->bias.copy_(fit.bias);
    }
    if (!fit.converged && m_observer != nullptr) {
        std::ostringstream message;
        message << "the linear probe stopped after " << m_config.linearMaxIter
                << " L-BFGS iterations before converging (largest gradient " << fit.gradientMax
                << "); raise linear_max_iter or linear_l2";
        m_observer->onWarning(message.str());
    }
    return fit.loss;
}

at::Tensor Trainer::embed(const SubsetView& subset, bool projection)
{
    torch::NoGradGuard noGrad;
    m_model->eval();
    std::vector<at::Tensor> parts;
    for (int64_t start = 0; start < subset.size(); start += 512) {
        checkpoint(m_control);
        const at::Tensor positions = torch::arange(start, std::min(subset.size(), start + 512), torch::kLong);
        at::Tensor f = m_model->features(subset.gatherImages(positions).to(m_device));
        parts.push_back(projection ? m_model->project(f) : f);
    }
    return parts.empty() ? torch::zeros({ 0, m_model->featureDim() }, torch::TensorOptions().device(m_device))
                         : torch::cat(parts);
}

at::Tensor Trainer::logits(const SubsetView& subset)
{
    torch::NoGradGuard noGrad;
    const at::Tensor features = embed(subset, false);
    return m_model->classify(features);
}

ClassificationMetrics Trainer::validate(size_t stageIndex)
{
    if (m_data.validation.size() == 0) {
        return {};
    }
    const auto start = Clock::now();
    ClassificationMetrics m = computeMetrics(logits(m_data.validation), m_data.validation.labels);
    m_eta.evaluationDone(stageIndex, secondsSince(start),
                         static_cast<double>(m_data.test.size()) / static_cast<double>(m_data.validation.size()));
    return m;
}

EmbeddingSnapshot Trainer::snapshot(Stage stage, int64_t epoch, int64_t globalEpochNumber, bool withPredictions)
{
    // Remember every module's mode: in stage 2 the encoder is in eval mode and the classifier in train mode.
    std::vector<std::pair<std::shared_ptr<torch::nn::Module>, bool>> modes;
    for (const auto& module : m_model->modules(/*include_self=*/true)) {
        modes.emplace_back(module, module->is_training());
    }
    const bool useValidation = m_data.validation.size() > 0;
    const SubsetView& split = useValidation ? m_data.validation : m_data.test;
    EmbeddingSnapshot s;
    s.stage = stage;
    s.epoch = epoch;
    s.globalEpoch = globalEpochNumber;
    s.split = useValidation ? "validation" : "test";
    {
        torch::NoGradGuard noGrad;
        m_model->eval();
        std::vector<at::Tensor> features;
        std::vector<at::Tensor> projections;
        std::vector<at::Tensor> predicted;
        for (int64_t start = 0; start < m_snapshotPositions.size(0); start += 512) {
            const at::Tensor positions
                = m_snapshotPositions.narrow(0, start, std::min<int64_t>(512, m_snapshotPositions.size(0) - start));
            const at::Tensor f = m_model->features(split.gatherImages(positions).to(m_device));
            features.push_back(f.to(at::kCPU));
            projections.push_back(m_model->project(f).to(at::kCPU));
            if (withPredictions) {
                predicted.push_back(m_model->classify(f).argmax(1).to(at::kCPU));
            }
        }
        const at::Tensor f = features.empty() ? at::zeros({ 0, m_model->featureDim() }) : torch::cat(features);
        const at::Tensor p = projections.empty() ? at::zeros({ 0, 1 }) : torch::cat(projections);
        const at::Tensor labels = split.labels.index_select(0, m_snapshotPositions);
        s.featureDim = f.size(1);
        s.projectionDim = p.size(1);
        s.features = toFloats(f);
        s.projections = toFloats(p);
        const at::Tensor indices = m_snapshotPositions.contiguous();
        s.indices.assign(indices.data_ptr<int64_t>(), indices.data_ptr<int64_t>() + indices.numel());
        const at::Tensor l = labels.contiguous();
        s.labels.assign(l.data_ptr<int64_t>(), l.data_ptr<int64_t>() + l.numel());
        if (withPredictions && !predicted.empty()) {
            const at::Tensor pr = torch::cat(predicted).contiguous();
            s.predicted.assign(pr.data_ptr<int64_t>(), pr.data_ptr<int64_t>() + pr.numel());
        }
        const at::Tensor unitFeatures
            = torch::nn::functional::normalize(f.to(at::kDouble), torch::nn::functional::NormalizeFuncOptions().dim(1));
        s.featureKnnAccuracy = knnAccuracyPerClass(unitFeatures, labels, 10, m_data.classCount());
        s.projectionKnnAccuracy = knnAccuracyPerClass(p.to(at::kDouble), labels, 10, m_data.classCount());
    }
    for (auto& [module, training] : modes) { // pre-order: a parent first, then its children put right
        module->train(training);
    }
    return s;
}

void Trainer::takeSnapshot(const std::string& runDir, Stage stage, int64_t epoch, bool withPredictions)
{
    EmbeddingSnapshot s = snapshot(stage, epoch, globalEpochOf(m_config, stage, epoch), withPredictions);
    const fs::path dir = fs::path(runDir) / "snapshots";
    std::error_code ec;
    fs::create_directories(dir, ec);
    writeFileAtomically((dir / snapshotFileName(s.globalEpoch)).string(), formatSnapshotCsv(s));
    EmbeddingSnapshot index = s; // knn.csv keeps only the small part
    index.features.clear();
    index.projections.clear();
    const auto same = std::find_if(m_snapshotIndex.begin(), m_snapshotIndex.end(),
                                   [&](const EmbeddingSnapshot& e) { return e.globalEpoch == s.globalEpoch; });
    if (same != m_snapshotIndex.end()) {
        *same = index;
    } else {
        m_snapshotIndex.push_back(index);
    }
    writeFileAtomically((dir / "knn.csv").string(), formatKnnCsv(m_snapshotIndex, m_data.classNames.size()));
    if (m_observer != nullptr) {
        m_observer->onSnapshot(s);
    }
}

void Trainer::writeEpochFiles(const std::string& runDir)
{
    writeFileAtomically((fs::path(runDir) / "metrics.csv").string(),
                        formatMetricsCsv(m_result.history, m_data.classNames.size()));
    writeFileAtomically((fs::path(runDir) / "steps.csv").string(), formatStepsCsv(m_result.steps));
}

void Trainer::trainRepresentationSteps(int64_t steps)
{
    at::init_num_threads();
    const Stage stage = stages().front();
    auto optimizer = makeOptimizer(representationParameters(), m_config, m_config.lr, m_config.weightDecay);
    m_model->train();
    std::vector<at::Tensor> batches;
    for (int64_t epoch = 0; static_cast<int64_t>(batches.size()) < steps; ++epoch) {
        const auto more = batchesFor(m_data.train, m_config, epochSeed(m_config.seed, stage, epoch));
        if (more.empty()) {
            throw InputError("the training set is too small for one batch");
        }
        batches.insert(batches.end(), more.begin(), more.end());
    }
    batches.resize(static_cast<size_t>(steps));
    m_eta.plan({ steps }, { 0 }, false);
    m_stageIndex = 0;
    at::Generator augment = at::detail::createCPUGenerator(m_config.seed);
    trainEpoch(stage, 0, *optimizer, batches, m_config.lr, 0,
               [&](const at::Tensor& positions, int64_t e, int64_t step) {
                   return representationLoss(positions, e, step, augment);
               });
    m_result.steps.clear();
}

TrainingResult Trainer::run(const std::string& runDir, bool resume)
{
    at::init_num_threads(); // this thread computes with the process's thread count, as the main thread does
    const std::string checkpointPath = (fs::path(runDir) / "checkpoint.pt").string();
    const auto runStart = Clock::now();
    m_result = TrainingResult();
    m_checkpointed = false;
    m_snapshotIndex.clear();
    const std::vector<Stage> stageList = stages();

    // Optimisers are created per stage; the checkpoint says which stage and how many epochs are done.
    auto optimizer1 = makeOptimizer(representationParameters(), m_config, m_config.lr, m_config.weightDecay);
    auto optimizer2 = makeOptimizer(m_model->classifier->parameters(), m_config, m_config.lrLinear, 0.0);
    auto optimizerOf = [&](Stage stage) { return stage == Stage::Linear ? optimizer2.get() : optimizer1.get(); };
    size_t stageIndex = 0;
    int64_t epochsDone = 0;
    double previousSeconds = 0.0;
    if (resume && fs::exists(checkpointPath)) {
        const nlohmann::json saved = Checkpoint::load(checkpointPath, *m_model, [&](const nlohmann::json& state) {
            if (state.value("format", 1) != kCheckpointFormat) {
                throw InputError(checkpointPath + " was written by an older version of aclwb (checkpoint format "
                                 + std::to_string(state.value("format", 1)) + "); start the run again");
            }
            return optimizerOf(parseStage(state.at("stage").get<std::string>()));
        });
        if (saved.at("identity") != runIdentity(m_config)) {
            throw InputError(runDir + " holds a run with a different configuration; use a new --out directory");
        }
        const Stage savedStage = parseStage(saved.at("stage").get<std::string>());
        stageIndex = static_cast<size_t>(std::find(stageList.begin(), stageList.end(), savedStage) - stageList.begin());
        epochsDone = saved.at("epochs_done").get<int64_t>();
        m_result.history = saved.at("history").get<std::vector<EpochSummary>>();
        previousSeconds = saved.at("seconds").get<double>();
        m_stageImages = saved.at("stage_images").get<double>();
        m_stageSeconds = saved.at("stage_seconds").get<double>();
        m_checkpointed = true;
        // steps.csv may hold steps of an epoch the checkpoint does not: keep those the checkpoint vouches for.
        const auto stepsRecorded = static_cast<size_t>(saved.at("steps_recorded").get<int64_t>());
        try {
            m_result.steps = readStepsCsv((fs::path(runDir) / "steps.csv").string());
        } catch (const InputError&) {
            m_result.steps.clear(); // the curve starts at the resume point; training is unaffected
        }
        m_result.steps.resize(std::min(m_result.steps.size(), stepsRecorded));
        try {
            m_snapshotIndex = readKnnCsv((fs::path(runDir) / "snapshots" / "knn.csv").string());
        } catch (const InputError&) {
            m_snapshotIndex.clear();
        }
        if (stageIndex < stageList.size() && epochsDone >= epochsOf(stageList[stageIndex])) {
            ++stageIndex; // the saved stage was complete
            epochsDone = 0;
        }
    }

    // Steps per epoch of every stage, and the plan the ETA is priced on.
    std::vector<int64_t> stepsPerEpoch;
    std::vector<int64_t> stepsLeft;
    std::vector<int64_t> evaluationsLeft;
    for (size_t s = 0; s < stageList.size(); ++s) {
        const Stage stage = stageList[s];
        const int64_t steps = stage == Stage::Linear
            ? (m_config.solvesLinearProbe()
                   ? linearProbeMaxEvaluations(m_config.linearMaxIter) // the most it may make; usually far fewer
                   : static_cast<int64_t>(linearBatches(m_data.train.size(), m_config, 0).size()))
            : static_cast<int64_t>(batchesFor(m_data.train, m_config, epochSeed(m_config.seed, stage, 0)).size());
        stepsPerEpoch.push_back(steps);
        const int64_t epochsLeft = s < stageIndex ? 0 : epochsOf(stage) - (s == stageIndex ? epochsDone : 0);
        stepsLeft.push_back(steps * epochsLeft);
        evaluationsLeft.push_back(stage == Stage::Contrastive || m_data.validation.size() == 0 ? 0 : epochsLeft);
    }
    m_eta.plan(stepsLeft, evaluationsLeft, true);

    if (m_observer != nullptr) {
        RunInfo info;
        info.config = m_config;
        info.datasetName = m_data.datasetName;
        info.fingerprint = m_data.fingerprint;
        info.classNames = m_data.classNames;
        info.trainCounts = m_data.train.classCounts;
        info.validationCounts = m_data.validation.classCounts;
        info.testCounts = m_data.test.classCounts;
        info.stages = stageList;
        for (Stage stage : stageList) {
            info.stageEpochs.push_back(epochsOf(stage));
        }
        info.stageStepsPerEpoch = stepsPerEpoch;
        info.device = m_device.str();
        info.threads = at::get_num_threads();
        info.resumed = m_checkpointed;
        m_observer->onRunStarted(info);
        if (m_checkpointed) {
            m_observer->onStepsRestored(m_result.steps);
            for (EpochSummary e : m_result.history) {
                e.replayed = true;
                m_observer->onEpoch(e);
            }
        }
    }

    auto saveCheckpoint = [&](Stage stage, int64_t done) {
        const double seconds = previousSeconds + secondsSince(runStart);
        Checkpoint::save(checkpointPath, *m_model, optimizerOf(stage),
                         { { "format", kCheckpointFormat },
                           { "stage", stageName(stage) },
                           { "epochs_done", done },
                           { "history", m_result.history },
                           { "identity", runIdentity(m_config) },
                           { "seconds", seconds },
                           { "stage_images", m_stageImages },
                           { "stage_seconds", m_stageSeconds },
                           { "steps_recorded", static_cast<int64_t>(m_result.steps.size()) } });
        m_checkpointed = true;
    };

    try {
        for (; stageIndex < stageList.size() && !m_result.cancelled; ++stageIndex) {
            const Stage stage = stageList[stageIndex];
            m_stageIndex = stageIndex;
            if (m_observer != nullptr) {
                m_observer->onStageStarted(stage, epochsOf(stage));
            }
            // Stage 2: the encoder is frozen (eval mode, no gradients); its features are computed once.
            at::Tensor features;
            at::Tensor labels;
            if (stage == Stage::Linear) {
                features = embed(m_data.train, false);
                labels = m_data.train.labels.to(m_device);
            }
            for (int64_t epoch = epochsDone; epoch < epochsOf(stage); ++epoch) {
                const auto start = Clock::now();
                double loss = 0.0;
                if (stage == Stage::Linear && m_config.solvesLinearProbe()) {
                    loss = solveLinearProbe(features, labels);
                } else if (stage == Stage::Linear) {
                    m_model->classifier->train();
                    loss = trainEpoch(stage, epoch, *optimizer2, linearBatches(features.size(0), m_config, epoch),
                                      m_config.lrLinear, 0, [&](const at::Tensor& positions, int64_t, int64_t) {
                                          const at::Tensor p = positions.to(m_device);
                                          auto ce = torch::nn::functional::CrossEntropyFuncOptions();
                                          if (m_classWeights.defined()) {
                                              ce.weight(m_classWeights); // linear_balanced
                                          }
                                          return torch::nn::functional::cross_entropy(
                                              m_model->classify(features.index_select(0, p)), labels.index_select(0, p),
                                              ce);
                                      });
                } else {
                    m_model->train();
                    at::Generator augment
                        = at::detail::createCPUGenerator(epochSeed(m_config.seed, stage, epoch) ^ 0x5DEECE66DULL);
                    const auto batches = batchesFor(m_data.train, m_config, epochSeed(m_config.seed, stage, epoch));
                    loss = trainEpoch(stage, epoch, *optimizer1, batches, m_config.lr,
                                      m_config.warmupEpochs * static_cast<int64_t>(batches.size()),
                                      [&](const at::Tensor& positions, int64_t e, int64_t step) {
                                          return representationLoss(positions, e, step, augment);
                                      });
                }
                if (cancelled()) {
                    dropStepsOf(stage, epoch);
                    m_result.cancelled = true;
                    break;
                }
                EpochSummary summary;
                summary.stage = stage;
                summary.epoch = epoch;
                summary.meanLoss = loss;
                summary.lr = optimizerOf(stage)->param_groups().front().options().get_lr();
                if (stage != Stage::Contrastive) {
                    summary.validation = validate(stageIndex);
                }
                summary.seconds = secondsSince(start);
                m_result.history.push_back(summary);
                saveCheckpoint(stage, epoch + 1);
                writeEpochFiles(runDir);
                if (m_observer != nullptr) {
                    m_observer->onEpoch(summary);
                }
                if (m_config.snapshotEvery > 0 && stage != Stage::Linear && (epoch + 1) % m_config.snapshotEvery == 0) {
                    takeSnapshot(runDir, stage, epoch, stage == Stage::CrossEntropy);
                }
            }
            epochsDone = 0;
            if (!m_result.cancelled && m_observer != nullptr) {
                m_observer->onStageFinished(stage);
            }
        }
        if (!m_result.cancelled) {
            if (m_observer != nullptr) {
                m_observer->onEvaluating();
            }
            m_result.test = computeMetrics(logits(m_data.test), m_data.test.labels);
            m_eta.testDone();
            if (m_config.snapshotEvery > 0) {
                const Stage last = stageList.back();
                takeSnapshot(runDir, last, epochsOf(last) - 1, true); // the end, with the classifier's predictions
            }
        }
    } catch (const RunCancelled&) {
        m_result.cancelled = true; // raised inside feature extraction or evaluation
    }
    m_result.imagesPerSecond = m_stageSeconds > 0 ? m_stageImages / m_stageSeconds : 0.0;
    m_result.seconds = previousSeconds + secondsSince(runStart);
    m_result.checkpointed = m_checkpointed;
    return m_result;
}

} // namespace aclwb
