// SPDX-License-Identifier: MIT
#include "train/Checkpoint.h"

#include "io/AtomicFile.h"
#include "io/RegularFile.h"
#include "train/ConfigSchema.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <torch/serialize.h>
#include <torch/torch.h>

#include <filesystem>
#include <random>

namespace aclwb {
namespace {

at::Tensor textTensor(const std::string& text)
{
    return torch::from_blob(const_cast<char*>(text.data()), { static_cast<int64_t>(text.size()) }, torch::kByte)
        .clone();
}

} // namespace

void Checkpoint::save(const std::string& path, const torch::nn::Module& model, const torch::optim::Optimizer* optimizer,
                      const nlohmann::json& state)
{
    torch::serialize::OutputArchive archive;
    torch::serialize::OutputArchive modelArchive;
    model.save(modelArchive);
    archive.write("model", modelArchive);
    if (optimizer != nullptr) {
        torch::serialize::OutputArchive optimizerArchive;
        optimizer->save(optimizerArchive);
        archive.write("optimizer", optimizerArchive);
    }
    archive.write("state", textTensor(state.dump()));
    // Serialised in memory, then written like every other run file (temporary file, fsync, rename).
    std::string bytes;
    try {
        archive.save_to([&bytes](const void* data, size_t size) {
            bytes.append(static_cast<const char*>(data), size);
            return size;
        });
    } catch (const std::exception& e) {
        throw InputError("cannot write checkpoint " + path + ": " + describeException(e));
    }
    writeFileAtomically(path, bytes);
}

nlohmann::json Checkpoint::load(const std::string& path, torch::nn::Module& model,
                                const std::function<torch::optim::Optimizer*(const nlohmann::json&)>& optimizerFor)
{
    requireRegularFile(path, "checkpoint"); // LibTorch would open a FIFO and wait for a writer forever
    try {
        torch::serialize::InputArchive archive;
        archive.load_from(path);
        at::Tensor text;
        archive.read("state", text);
        const at::Tensor c = text.contiguous();
        // Parsed like every JSON we read (nesting bounded): the state comes from a file a user may have edited.
        nlohmann::json state = parseJsonStrict(
            std::string(reinterpret_cast<const char*>(c.data_ptr<uint8_t>()), static_cast<size_t>(c.numel())),
            path + " (its training state)");
        torch::serialize::InputArchive modelArchive;
        archive.read("model", modelArchive);
        model.load(modelArchive);
        if (torch::optim::Optimizer* optimizer = optimizerFor ? optimizerFor(state) : nullptr) {
            torch::serialize::InputArchive optimizerArchive;
            if (archive.try_read("optimizer", optimizerArchive)) {
                optimizer->load(optimizerArchive);
            }
        }
        return state;
    } catch (const InputError&) {
        throw;
    } catch (const std::exception& e) {
        throw InputError("cannot read checkpoint " + path + ": it is damaged or not an aclwb checkpoint ("
                         + describeException(e) + ")");
    }
}

} // namespace aclwb
