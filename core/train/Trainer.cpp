// SPDX-License-Identifier: MIT
#include "train/Trainer.h"

#include "data/Augmentation.h"
#include "data/BatchSampler.h"
#include "loss/AfclFunctional.h"
#include "train/Checkpoint.h"
#include "train/LearningRate.h"
#include "train/ModelIo.h"
#include "util/InputError.h"

#include <torch/torch.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <sstream>

namespace aclwb {
namespace {

using Clock = std::chrono::steady_clock;

constexpr const char* kContrastive = "contrastive";
constexpr const char* kLinear = "linear";
constexpr const char* kCrossEntropy = "cross-entropy";

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(std::vector<torch::Tensor> params, const TrainConfig& c,
                                                       double lr, double weightDecay)
{
    if (c.optimizer == "sgd") {
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(lr).momentum(c.momentum).weight_decay(weightDecay));
    }
    return std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(lr).weight_decay(weightDecay));
}

/// A seed per (run seed, stage, epoch): resuming at an epoch redraws exactly what the original run drew there.
uint64_t epochSeed(uint64_t seed, int stage, int64_t epoch)
{
    return seed * 1000003ULL + static_cast<uint64_t>(stage) * 7919ULL + static_cast<uint64_t>(epoch);
}

std::vector<at::Tensor> batchesFor(const SubsetView& subset, const TrainConfig& c, uint64_t seed)
{
    const bool dropLast = subset.size() >= c.batchSize;
    return c.balancedSampler ? classBalancedEpochBatches(subset.labels, c.batchSize, seed, 0, dropLast)
                             : epochBatches(subset.size(), c.batchSize, seed, 0, dropLast);
}

nlohmann::json historyToJson(const std::vector<EpochSummary>& history)
{
    nlohmann::json out = nlohmann::json::array();
    for (const EpochSummary& e : history) {
        nlohmann::json j {
            { "stage", e.stage }, { "epoch", e.epoch }, { "loss", e.meanLoss }, { "lr", e.lr }, { "seconds", e.seconds }
        };
        if (e.validation) {
            j["validation"] = *e.validation;
        }
        out.push_back(j);
    }
    return out;
}

std::vector<EpochSummary> historyFromJson(const nlohmann::json& j)
{
    std::vector<EpochSummary> out;
    for (const auto& e : j) {
        EpochSummary s;
        s.stage = e.at("stage").get<std::string>();
        s.epoch = e.at("epoch").get<int64_t>();
        s.meanLoss = e.at("loss").get<double>();
        s.lr = e.at("lr").get<double>();
        s.seconds = e.at("seconds").get<double>();
        if (e.contains("validation")) {
            const auto& v = e.at("validation");
            ClassificationMetrics m;
            m.samples = v.at("samples").get<int64_t>();
            m.accuracy = v.at("accuracy").get<double>();
            m.balancedAccuracy = v.at("balanced_accuracy").get<double>();
            m.macroF1 = v.at("macro_f1").get<double>();
            m.perClassAccuracy = v.at("per_class_accuracy").get<std::vector<double>>();
            m.confusion = v.at("confusion_matrix").get<std::vector<std::vector<int64_t>>>();
            if (v.contains("roc_auc")) {
                m.rocAuc = v.at("roc_auc").get<double>();
            }
            s.validation = m;
        }
        out.push_back(s);
    }
    return out;
}

/// The parts of a config that must match for a resume to continue the same experiment.
nlohmann::json identity(const TrainConfig& c)
{
    nlohmann::json j = c;
    j.erase("device");
    j.erase("threads");
    j.erase("cache_dir"); // where decoded images are cached does not change the run
    return j;
}

} // namespace

Trainer::Trainer(TrainConfig config, ImbalancedDataset data, c10::Device device)
    : m_config(std::move(config))
    , m_data(std::move(data))
    , m_device(device)
{
    aclwb::validate(m_config);
    torch::manual_seed(m_config.seed);
    const int64_t channels = m_data.imageShape.empty() ? 1 : m_data.imageShape[0];
    m_model = ContrastiveNet(ContrastiveNetOptions(m_config.encoder, channels, m_data.classCount()));
    if (!m_config.encoderWeights.empty()) {
        if (loadStateDict(*m_model, m_config.encoderWeights, "encoder.") == 0) {
            throw InputError(m_config.encoderWeights + ": no encoder tensors found");
        }
    }
    m_model->to(m_device);
    if (m_config.loss == "ce-weighted") {
        // Inverse-frequency weights N / (C * n_c), normalised so a balanced set gets weight 1 everywhere.
        std::vector<double> w;
        const double n = static_cast<double>(m_data.train.size());
        for (int64_t count : m_data.train.classCounts) {
            w.push_back(count > 0 ? n / (static_cast<double>(m_data.classCount()) * static_cast<double>(count)) : 0.0);
        }
        m_classWeights = torch::tensor(w, torch::kFloat).to(m_device);
    }
}

void Trainer::setLearningRate(torch::optim::Optimizer& optimizer, double lr)
{
    for (auto& group : optimizer.param_groups()) {
        group.options().set_lr(lr);
    }
}

void Trainer::checkFinite(const at::Tensor& loss, const char* stage, int64_t epoch, int64_t step, double lr) const
{
    const double value = loss.item<double>();
    if (!std::isfinite(value)) {
        std::ostringstream what;
        what << "the " << stage << " loss is " << value;
        diverged(what.str(), epoch, step, lr);
    }
}

void Trainer::diverged(const std::string& what, int64_t epoch, int64_t step, double lr) const
{
    std::ostringstream message;
    message << "training diverged: " << what << " at epoch " << epoch + 1 << ", step " << step + 1 << " (loss "
            << m_config.loss;
    if (m_config.isContrastive()) {
        message << ", gamma " << m_config.gamma << ", eta " << m_config.eta << ", temperature "
                << m_config.temperature;
    }
    message << ", lr " << lr << ", batch size " << m_config.batchSize << "); lower the learning rate"
            << (m_config.isContrastive() ? " or raise the temperature" : "") << ". "
            << (m_checkpointed ? "The last checkpoint is kept." : "No epoch had completed, so there is no checkpoint.");
    throw InputError(message.str());
}

void Trainer::report(const char* stage, int64_t epoch, int64_t epochs, int64_t step, int64_t steps, double loss,
                     double lr, double images, double seconds)
{
    ++m_stepsDone;
    m_stepSeconds += seconds;
    if (m_observer == nullptr) {
        return;
    }
    TrainingProgress p;
    p.stage = stage;
    p.epoch = epoch;
    p.epochs = epochs;
    p.step = step;
    p.stepsPerEpoch = steps;
    p.loss = loss;
    p.lr = lr;
    p.imagesPerSecond = seconds > 0 ? images / seconds : 0.0;
    p.etaSeconds = m_stepsDone > 0 ? m_stepSeconds / static_cast<double>(m_stepsDone)
            * static_cast<double>(std::max<int64_t>(0, m_stepsTotal - m_stepsDone))
                                   : 0.0;
    m_observer->onStep(p);
}

double Trainer::representationEpoch(int64_t epoch, torch::optim::Optimizer& optimizer)
{
    // Stage 1 of a contrastive run, or the single stage of a cross-entropy baseline: same batches, augmentation,
    // schedule and bookkeeping; only the loss differs.
    const bool contrastive = m_config.isContrastive();
    const char* stage = contrastive ? kContrastive : kCrossEntropy;
    const int stageId = contrastive ? 1 : 3;
    const int64_t epochs
        = contrastive ? m_config.epochsContrastive : m_config.epochsContrastive + m_config.epochsLinear;
    const bool twoViews = contrastive && m_config.views == 2;
    m_model->train();
    const Augmentation augmentation;
    at::Generator generator = at::detail::createCPUGenerator(epochSeed(m_config.seed, stageId, epoch) ^ 0x5DEECE66DULL);
    const auto batches = batchesFor(m_data.train, m_config, epochSeed(m_config.seed, stageId, epoch));
    const AfclLossOptions lossOptions = AfclLossOptions()
                                            .gamma(m_config.gamma)
                                            .eta(m_config.eta)
                                            .temperature(m_config.temperature)
                                            .normalization(parseNormalization(m_config.normalization))
                                            .normalize_input(false);
    const int64_t steps = static_cast<int64_t>(batches.size());
    double lossSum = 0.0;
    for (int64_t step = 0; step < steps; ++step) {
        if (cancelled()) {
            return std::nan("");
        }
        const auto start = Clock::now();
        const at::Tensor& positions = batches[static_cast<size_t>(step)];
        at::Tensor images = m_data.train.gatherImages(positions);
        at::Tensor labels = m_data.train.gatherLabels(positions);
        if (twoViews) {
            images = m_config.augment ? augmentation.twoViews(images, generator) : torch::cat({ images, images });
            labels = torch::cat({ labels, labels });
        } else if (m_config.augment) {
            images = augmentation.apply(images, generator);
        }
        images = images.to(m_device);
        labels = labels.to(m_device);
        const double lr = scheduledLearningRate(m_config.lr, m_config.schedule, epoch * steps + step, epochs * steps,
                                                m_config.warmupEpochs * steps);
        setLearningRate(optimizer, lr);
        optimizer.zero_grad();
        torch::Tensor loss;
        if (contrastive) {
            const at::Tensor projections = m_model->project(m_model->features(images));
            // Exploding weights show up here first; say so as a divergence, not as bad input to the loss.
            if (!torch::isfinite(projections).all().item<bool>()) {
                diverged("the model's projections contain NaN or infinite values", epoch, step, lr);
            }
            loss = functional::afclLoss(projections, labels, lossOptions);
        } else {
            auto ce = torch::nn::functional::CrossEntropyFuncOptions();
            if (m_classWeights.defined()) {
                ce.weight(m_classWeights);
            }
            loss = torch::nn::functional::cross_entropy(m_model->forward(images), labels, ce);
        }
        checkFinite(loss, stage, epoch, step, lr);
        loss.backward();
        optimizer.step();
        const double value = loss.item<double>();
        lossSum += value;
        const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
        m_stageImages += static_cast<double>(images.size(0));
        m_stageSeconds += seconds;
        report(stage, epoch, epochs, step, steps, value, lr, static_cast<double>(images.size(0)), seconds);
    }
    return steps > 0 ? lossSum / static_cast<double>(steps) : 0.0;
}

double Trainer::linearEpoch(int64_t epoch, torch::optim::Optimizer& optimizer, const at::Tensor& features,
                            const at::Tensor& labels)
{
    m_model->classifier->train();
    const int64_t n = features.size(0);
    const auto batches
        = epochBatches(n, m_config.batchSize, epochSeed(m_config.seed, 2, epoch), 0, n >= m_config.batchSize);
    const int64_t steps = static_cast<int64_t>(batches.size());
    double lossSum = 0.0;
    for (int64_t step = 0; step < steps; ++step) {
        if (cancelled()) {
            return std::nan("");
        }
        const auto start = Clock::now();
        const at::Tensor positions = batches[static_cast<size_t>(step)].to(m_device);
        const double lr = scheduledLearningRate(m_config.lrLinear, m_config.schedule, epoch * steps + step,
                                                m_config.epochsLinear * steps, 0);
        setLearningRate(optimizer, lr);
        optimizer.zero_grad();
        const torch::Tensor loss = torch::nn::functional::cross_entropy(
            m_model->classify(features.index_select(0, positions)), labels.index_select(0, positions));
        checkFinite(loss, kLinear, epoch, step, lr);
        loss.backward();
        optimizer.step();
        const double value = loss.item<double>();
        lossSum += value;
        report(kLinear, epoch, m_config.epochsLinear, step, steps, value, lr, static_cast<double>(positions.size(0)),
               std::chrono::duration<double>(Clock::now() - start).count());
    }
    return steps > 0 ? lossSum / static_cast<double>(steps) : 0.0;
}

at::Tensor Trainer::embed(const SubsetView& subset, bool projection)
{
    torch::NoGradGuard noGrad;
    m_model->eval();
    std::vector<at::Tensor> parts;
    for (int64_t start = 0; start < subset.size(); start += 512) {
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

ClassificationMetrics Trainer::validate()
{
    if (m_data.validation.size() == 0) {
        return {};
    }
    return computeMetrics(logits(m_data.validation), m_data.validation.labels);
}

TrainingResult Trainer::run(const std::string& runDir, bool resume)
{
    namespace fs = std::filesystem;
    const std::string checkpointPath = (fs::path(runDir) / "checkpoint.pt").string();
    const auto runStart = Clock::now();
    TrainingResult result;
    const bool contrastive = m_config.isContrastive();
    const int64_t stage1Epochs
        = contrastive ? m_config.epochsContrastive : m_config.epochsContrastive + m_config.epochsLinear;
    const int64_t stage2Epochs = contrastive ? m_config.epochsLinear : 0;

    // Optimisers are created per stage; the checkpoint says which stage and how many epochs are done.
    std::vector<torch::Tensor> stage1Params = contrastive ? m_model->encoder->parameters() : m_model->parameters();
    if (contrastive) {
        for (const auto& p : m_model->head->parameters()) {
            stage1Params.push_back(p);
        }
    }
    auto optimizer1 = makeOptimizer(stage1Params, m_config, m_config.lr, m_config.weightDecay);
    auto optimizer2 = makeOptimizer(m_model->classifier->parameters(), m_config, m_config.lrLinear, 0.0);
    int stage = 1;
    int64_t epochsDone = 0;
    double previousSeconds = 0.0;
    if (resume && fs::exists(checkpointPath)) {
        // The saved stage says whose optimiser state the checkpoint holds.
        const nlohmann::json saved = Checkpoint::load(checkpointPath, *m_model, [&](const nlohmann::json& state) {
            return state.at("stage").get<int>() == 1 ? optimizer1.get() : optimizer2.get();
        });
        stage = saved.at("stage").get<int>();
        if (saved.at("identity") != identity(m_config)) {
            throw InputError(runDir + " holds a run with a different configuration; use a new --out directory");
        }
        epochsDone = saved.at("epochs_done").get<int64_t>();
        result.history = historyFromJson(saved.at("history"));
        previousSeconds = saved.at("seconds").get<double>();
        m_stageImages = saved.at("stage_images").get<double>();
        m_stageSeconds = saved.at("stage_seconds").get<double>();
        m_checkpointed = true;
    }
    auto saveCheckpoint = [&](int savedStage, int64_t done, torch::optim::Optimizer* optimizer) {
        const double seconds = previousSeconds + std::chrono::duration<double>(Clock::now() - runStart).count();
        Checkpoint::save(checkpointPath, *m_model, optimizer,
                         { { "stage", savedStage },
                           { "epochs_done", done },
                           { "history", historyToJson(result.history) },
                           { "identity", identity(m_config) },
                           { "seconds", seconds },
                           { "stage_images", m_stageImages },
                           { "stage_seconds", m_stageSeconds } });
        m_checkpointed = true;
    };
    const int64_t trainSteps = std::max<int64_t>(1, m_data.train.size() / m_config.batchSize);
    m_stepsTotal
        = trainSteps * ((stage == 1 ? stage1Epochs - epochsDone : 0) + stage2Epochs - (stage == 2 ? epochsDone : 0));

    if (stage == 1) {
        for (int64_t epoch = epochsDone; epoch < stage1Epochs; ++epoch) {
            const auto start = Clock::now();
            const double loss = representationEpoch(epoch, *optimizer1);
            if (cancelled()) {
                result.cancelled = true;
                break;
            }
            EpochSummary summary;
            summary.stage = contrastive ? kContrastive : kCrossEntropy;
            summary.epoch = epoch;
            summary.meanLoss = loss;
            summary.lr = optimizer1->param_groups().front().options().get_lr();
            if (!contrastive) {
                summary.validation = validate();
            }
            summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
            result.history.push_back(summary);
            saveCheckpoint(1, epoch + 1, optimizer1.get());
            if (m_observer != nullptr) {
                m_observer->onEpoch(summary);
            }
        }
        epochsDone = 0;
    }
    if (!result.cancelled && stage2Epochs > 0) {
        // Stage 2: the encoder is frozen (eval mode, no gradients); its features are computed once.
        const torch::Tensor features = embed(m_data.train, false);
        const torch::Tensor labels = m_data.train.labels.to(m_device);
        for (int64_t epoch = epochsDone; epoch < stage2Epochs; ++epoch) {
            const auto start = Clock::now();
            const double loss = linearEpoch(epoch, *optimizer2, features, labels);
            if (cancelled()) {
                result.cancelled = true;
                break;
            }
            EpochSummary summary;
            summary.stage = kLinear;
            summary.epoch = epoch;
            summary.meanLoss = loss;
            summary.lr = optimizer2->param_groups().front().options().get_lr();
            summary.validation = validate();
            summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
            result.history.push_back(summary);
            saveCheckpoint(2, epoch + 1, optimizer2.get());
            if (m_observer != nullptr) {
                m_observer->onEpoch(summary);
            }
        }
    }
    if (!result.cancelled) {
        result.test = computeMetrics(logits(m_data.test), m_data.test.labels);
    }
    result.imagesPerSecond = m_stageSeconds > 0 ? m_stageImages / m_stageSeconds : 0.0;
    result.seconds = previousSeconds + std::chrono::duration<double>(Clock::now() - runStart).count();
    return result;
}

} // namespace aclwb
