// SPDX-License-Identifier: MIT
#include "train/ConfigSchema.h"

#include "io/RegularFile.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>
#include <system_error>

namespace aclwb {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
/// How long a user's value may be when an error message quotes it.
constexpr size_t kShownLength = 60;

std::string number(double v)
{
    if (std::isinf(v)) {
        return v > 0 ? "inf" : "-inf";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

/// A key bound to a TrainConfig field; the JSON conversions come from the field's type.
template <class T>
ConfigKey field(const char* name, T TrainConfig::*member, ConfigType type, const char* group, const char* help)
{
    ConfigKey k;
    k.name = name;
    k.type = type;
    k.group = group;
    k.help = help;
    k.get = [member](const TrainConfig& c) { return nlohmann::json(c.*member); };
    k.set = [member](TrainConfig& c, const nlohmann::json& v) { c.*member = v.get<T>(); };
    return k;
}

template <class T>
ConfigKey ranged(const char* name, T TrainConfig::*member, ConfigType type, const char* group, const char* help,
                 double minimum, double maximum)
{
    ConfigKey k = field(name, member, type, group, help);
    k.minimum = minimum;
    k.maximum = maximum;
    k.bounded = true;
    return k;
}

ConfigKey choice(const char* name, std::string TrainConfig::*member, const char* group, const char* help,
                 std::vector<std::string> choices)
{
    ConfigKey k = field(name, member, ConfigType::Choice, group, help);
    k.choices = std::move(choices);
    return k;
}

std::vector<ConfigKey> buildSchema()
{
    using T = ConfigType;
    const double maxInt = 1e9;
    return {
        choice("dataset", &TrainConfig::dataset, "Data", "Dataset to read",
               { "fmnist", "mnist", "isic2018", "folder" }),
        field("data_dir", &TrainConfig::dataDir, T::Text, "Data",
              "Dataset directory (fmnist: $ACLWB_DATA_DIR or the Debian path when empty)"),
        ranged("classes", &TrainConfig::classes, T::IntegerList, "Data",
               "Source class indices, majority first, e.g. 0,6 (empty: all)", 0, maxInt),
        ranged("imbalance_ratio", &TrainConfig::imbalanceRatio, T::Real, "Data",
               "Majority/minority ratio R >= 1; 0 keeps the source's counts", 0, 1e6),
        choice("profile", &TrainConfig::profile, "Data", "How counts fall from the first class to the last",
               { "step", "exponential" }),
        ranged("max_per_class", &TrainConfig::maxPerClass, T::Integer, "Data", "Cap on the majority class (0: none)", 0,
               maxInt),
        choice("test", &TrainConfig::test, "Data", "matched: test set as imbalanced as training; balanced: as is",
               { "matched", "balanced" }),
        ranged("val_fraction", &TrainConfig::valFraction, T::Real, "Data", "Stratified validation fraction of training",
               0, 0.9),
        ranged("test_fraction", &TrainConfig::testFraction, T::Real, "Data",
               "Stratified test fraction when the dataset has no test split", 0.01, 0.9),
        ranged("image_size", &TrainConfig::imageSize, T::Integer, "Data", "Image side in pixels for isic2018/folder", 4,
               1024),
        field("skip_unreadable", &TrainConfig::skipUnreadable, T::Bool, "Data",
              "Leave out undecodable images, counted in a warning, instead of stopping"),
        field("cache_dir", &TrainConfig::cacheDir, T::Text, "Data",
              "Decoded-image cache (empty: ~/.cache/aclwb; none: no cache)"),
        choice("loss", &TrainConfig::loss, "Loss", "cl, fcl, acl, afcl (two stages) or ce, ce-weighted (end to end)",
               { "cl", "fcl", "acl", "afcl", "ce", "ce-weighted" }),
        ranged("gamma", &TrainConfig::gamma, T::Real, "Loss",
               "Focusing parameter: down-weights positive pairs that are already close (fcl, afcl)", 0, 1000),
        ranged("eta", &TrainConfig::eta, T::Real, "Loss",
               "Weight of the asymmetric term that pushes negatives apart (acl, afcl)", 0, 1e6),
        ranged("temperature", &TrainConfig::temperature, T::Real, "Loss",
               "Softmax temperature tau: lower sharpens the similarity distribution", 1e-6, 1e6),
        choice("normalization", &TrainConfig::normalization, "Loss",
               "batch: divide by N (the authors' code); positives: by |P(i)| and |N(i)|", { "batch", "positives" }),
        ranged("views", &TrainConfig::views, T::Integer, "Loss", "Augmented views per image (2: SupCon style)", 1, 2),
        field("augment", &TrainConfig::augment, T::Bool, "Loss", "Random crop and flip of training images"),
        choice("encoder", &TrainConfig::encoder, "Model", "Encoder network", { "cnn-small", "resnet18" }),
        field("encoder_weights", &TrainConfig::encoderWeights, T::Text, "Model",
              "Start the encoder from this state dict (model.pt or a PyTorch state_dict)"),
        ranged("epochs_contrastive", &TrainConfig::epochsContrastive, T::Integer, "Optimisation",
               "Stage-1 epochs (ce: added to epochs_linear)", 0, 100000),
        ranged("epochs_linear", &TrainConfig::epochsLinear, T::Integer, "Optimisation",
               "Stage-2 epochs with linear_solver minibatch (ce: added to epochs_contrastive)", 1, 100000),
        choice("linear_solver", &TrainConfig::linearSolver, "Optimisation",
               "Stage 2: lbfgs solves the linear probe on the frozen features to convergence; minibatch trains it "
               "for epochs_linear epochs with the optimizer and lr_linear",
               { "lbfgs", "minibatch" }),
        ranged("linear_max_iter", &TrainConfig::linearMaxIter, T::Integer, "Optimisation",
               "Most L-BFGS iterations of the linear probe (it stops earlier once converged)", 1, 1000000),
        ranged("linear_l2", &TrainConfig::linearL2, T::Real, "Optimisation",
               "L2 penalty on the linear probe's weights (lbfgs; on standardised features)", 0, 1e6),
        field("linear_balanced", &TrainConfig::linearBalanced, T::Bool, "Optimisation",
              "Weight stage 2's cross-entropy by inverse class frequency (each class counts equally)"),
        ranged("batch_size", &TrainConfig::batchSize, T::Integer, "Optimisation", "Images per batch", 2, 65536),
        ranged("lr", &TrainConfig::lr, T::Real, "Optimisation", "Learning rate of stage 1 (or of ce)", 0, kInf),
        ranged("lr_linear", &TrainConfig::lrLinear, T::Real, "Optimisation",
               "Learning rate of the linear classifier (linear_solver minibatch)", 0, kInf),
        choice("optimizer", &TrainConfig::optimizer, "Optimisation", "Optimiser", { "sgd", "adam" }),
        ranged("momentum", &TrainConfig::momentum, T::Real, "Optimisation", "SGD momentum, in [0, 1)", 0, 1),
        ranged("weight_decay", &TrainConfig::weightDecay, T::Real, "Optimisation", "Weight decay (stage 1)", 0, kInf),
        choice("schedule", &TrainConfig::schedule, "Optimisation", "Learning-rate schedule", { "cosine", "constant" }),
        ranged("warmup_epochs", &TrainConfig::warmupEpochs, T::Integer, "Optimisation",
               "Linear warm-up epochs (at most the stage's epochs)", 0, 100000),
        field("balanced_sampler", &TrainConfig::balancedSampler, T::Bool, "Optimisation",
              "Draw batches class-balanced"),
        ranged("seed", &TrainConfig::seed, T::Unsigned, "Execution",
               "Seed for data selection, initialisation, augmentation, shuffling", 0, 18446744073709551615.0),
        field("device", &TrainConfig::device, T::Text, "Execution", "cpu, cuda, cuda:N or auto"),
        ranged("threads", &TrainConfig::threads, T::Integer, "Execution", "CPU threads (0: one per hardware thread)", 0,
               4096),
        choice("embedding", &TrainConfig::embedding, "Execution", "What embeddings.csv holds",
               { "encoder", "projection" }),
        ranged("snapshot_every", &TrainConfig::snapshotEvery, T::Integer, "Execution",
               "Embedding snapshots of validation points every K epochs and at the end (0: off)", 0, 100000),
        ranged("snapshot_points", &TrainConfig::snapshotPoints, T::Integer, "Execution",
               "Points per snapshot (class-stratified; minority classes kept whole)", 10, 1000000),
    };
}

/// Keys whose range excludes its lower end (a learning rate of 0 learns nothing) or upper end (momentum 1).
bool exclusiveMinimum(const ConfigKey& k)
{
    return k.name == "lr" || k.name == "lr_linear";
}

bool exclusiveMaximum(const ConfigKey& k)
{
    return k.name == "momentum";
}

bool inRange(const ConfigKey& k, double v)
{
    if (!k.bounded) {
        return true;
    }
    const bool aboveMin = exclusiveMinimum(k) ? v > k.minimum : v >= k.minimum;
    const bool belowMax = exclusiveMaximum(k) ? v < k.maximum : v <= k.maximum;
    return aboveMin && belowMax;
}

bool isInteger(const nlohmann::json& v)
{
    return v.is_number_integer(); // covers number_unsigned; 16.7 and 16.0 are floats
}

/// A string as JSON text, from no more of it than a short message shows (escapes only lengthen it).
std::string quotedPrefix(const std::string& text)
{
    const nlohmann::json head = text.size() > kShownLength ? text.substr(0, kShownLength + 1) : text;
    return head.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

/// Appends `value` as compact JSON until `out` is longer than kShownLength. Every array or object adds a byte
/// before its items are visited, so the recursion ends within kShownLength levels however deep the value is.
void appendShortJson(const nlohmann::json& value, std::string& out)
{
    if (out.size() > kShownLength) {
        return;
    }
    if (value.is_array()) {
        out += '[';
        bool first = true;
        for (const nlohmann::json& item : value) {
            if (out.size() > kShownLength) {
                return;
            }
            out += first ? "" : ",";
            first = false;
            appendShortJson(item, out);
        }
        out += ']';
    } else if (value.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (out.size() > kShownLength) {
                return;
            }
            out += (first ? "" : ",") + quotedPrefix(it.key()) + ":";
            first = false;
            appendShortJson(it.value(), out);
        }
        out += '}';
    } else if (value.is_string()) {
        out += quotedPrefix(value.get_ref<const std::string&>());
    } else {
        out += value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
}

} // namespace

std::string ConfigKey::flag() const
{
    std::string text = name;
    std::replace(text.begin(), text.end(), '_', '-');
    return "--" + text;
}

std::string ConfigKey::expectation() const
{
    std::string range;
    if (bounded) {
        range = std::string(exclusiveMinimum(*this) ? " in (" : " in [") + number(minimum) + ", "
            + (type == ConfigType::Unsigned ? std::string("2^64-1") : number(maximum))
            + (exclusiveMaximum(*this) ? ")" : "]");
    }
    switch (type) {
    case ConfigType::Bool: return "true or false";
    case ConfigType::Integer: return "an integer" + range;
    case ConfigType::Unsigned: return "a non-negative integer" + range;
    case ConfigType::Real: return "a number" + range;
    case ConfigType::Text: return "a string";
    case ConfigType::IntegerList: return "a list of integers" + range;
    case ConfigType::Choice: {
        std::string list;
        for (const std::string& c : choices) {
            list += (list.empty() ? "" : ", ") + c;
        }
        return "one of " + list;
    }
    }
    return {};
}

const std::vector<ConfigKey>& configSchema()
{
    static const std::vector<ConfigKey> schema = buildSchema();
    return schema;
}

const ConfigKey* findConfigKey(const std::string& name)
{
    for (const ConfigKey& k : configSchema()) {
        if (k.name == name) {
            return &k;
        }
    }
    return nullptr;
}

void checkConfigValue(const ConfigKey& k, const nlohmann::json& value)
{
    bool ok = false;
    switch (k.type) {
    case ConfigType::Bool: ok = value.is_boolean(); break;
    case ConfigType::Integer: ok = isInteger(value) && inRange(k, value.get<double>()); break;
    case ConfigType::Unsigned:
        ok = value.is_number_unsigned() || (value.is_number_integer() && value.get<int64_t>() >= 0);
        break;
    case ConfigType::Real:
        ok = value.is_number() && std::isfinite(value.get<double>()) && inRange(k, value.get<double>());
        break;
    case ConfigType::Text: ok = value.is_string(); break;
    case ConfigType::Choice:
        ok = value.is_string()
            && std::find(k.choices.begin(), k.choices.end(), value.get<std::string>()) != k.choices.end();
        break;
    case ConfigType::IntegerList:
        ok = value.is_array() && std::all_of(value.begin(), value.end(), [&](const nlohmann::json& item) {
                 return isInteger(item) && inRange(k, item.get<double>());
             });
        break;
    }
    if (!ok) {
        throw InputError("invalid config " + k.name + " (" + k.flag() + ") = " + shortJson(value) + ": expected "
                         + k.expectation());
    }
}

nlohmann::json parseConfigText(const ConfigKey& k, const std::string& text, const std::string& what)
{
    const auto fail = [&]() -> InputError {
        return InputError("invalid value for " + what + ": '" + shortText(text, kShownLength) + "' (expected "
                          + k.expectation() + ")");
    };
    const auto parseSigned = [&](const std::string& t) {
        int64_t v = 0;
        const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (t.empty() || ec != std::errc() || ptr != t.data() + t.size()) {
            throw fail();
        }
        return v;
    };
    nlohmann::json value;
    switch (k.type) {
    case ConfigType::Bool:
        if (text == "true" || text == "1" || text == "on") {
            value = true;
        } else if (text == "false" || text == "0" || text == "off") {
            value = false;
        } else {
            throw fail();
        }
        break;
    case ConfigType::Integer: value = parseSigned(text); break;
    case ConfigType::Unsigned: {
        uint64_t v = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) {
            throw fail(); // "-1" and 2^64 land here instead of wrapping around
        }
        value = v;
        break;
    }
    case ConfigType::Real: {
        double v = 0;
        const char* begin = text.data() + (text.rfind('+', 0) == 0 ? 1 : 0);
        const auto [ptr, ec] = std::from_chars(begin, text.data() + text.size(), v);
        if (text.empty() || ec != std::errc() || ptr != text.data() + text.size()) {
            throw fail();
        }
        value = v;
        break;
    }
    case ConfigType::IntegerList: {
        value = nlohmann::json::array();
        std::stringstream items(text);
        std::string item;
        while (std::getline(items, item, ',')) {
            value.push_back(parseSigned(item));
        }
        break;
    }
    case ConfigType::Text:
    case ConfigType::Choice: value = text; break;
    }
    try {
        checkConfigValue(k, value);
    } catch (const InputError&) {
        throw fail();
    }
    return value;
}

std::string shortJson(const nlohmann::json& value)
{
    std::string out;
    appendShortJson(value, out);
    return shortText(out, kShownLength);
}

void requireJsonDepth(const std::string& text, const std::string& source)
{
    int depth = 0;
    int64_t line = 1;
    bool inString = false;
    bool escaped = false;
    for (const char c : text) {
        if (c == '\n') {
            ++line;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) {
                throw InputError(source + ": nested deeper than " + std::to_string(kMaxJsonDepth) + " levels (line "
                                 + std::to_string(line) + ")");
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
}

nlohmann::json parseJsonStrict(const std::string& text, const std::string& source)
{
    // Before parsing: nlohmann's parser itself is iterative, but what is later done with a deep value is not.
    requireJsonDepth(text, source);
    // One set of seen keys per open object; a key seen twice in the same object is refused.
    std::vector<std::set<std::string>> seen;
    std::string duplicate;
    const auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (event == nlohmann::json::parse_event_t::object_start) {
            seen.emplace_back();
        } else if (event == nlohmann::json::parse_event_t::object_end && !seen.empty()) {
            seen.pop_back();
        } else if (event == nlohmann::json::parse_event_t::key && !seen.empty()
                   && !seen.back().insert(parsed.get<std::string>()).second && duplicate.empty()) {
            duplicate = parsed.get<std::string>();
        }
        return true;
    };
    nlohmann::json result;
    try {
        result = nlohmann::json::parse(text, callback);
    } catch (const nlohmann::json::exception& e) {
        // nlohmann quotes the token it stopped at ("last read: ..."), which may be a whole line of the file.
        throw InputError(source + ": not valid JSON (" + shortText(e.what(), 4 * kShownLength) + ")");
    }
    if (!duplicate.empty()) {
        throw InputError(source + ": key '" + shortText(duplicate, kShownLength)
                         + "' appears twice in one object (which one is meant?)");
    }
    return result;
}

nlohmann::json readJsonFileStrict(const std::string& path)
{
    requireRegularFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open " + path);
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        throw InputError("cannot read " + path);
    }
    return parseJsonStrict(text.str(), path);
}

} // namespace aclwb
