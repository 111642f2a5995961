// SPDX-License-Identifier: MIT
#include "train/ModelIo.h"

#include "io/AtomicFile.h"
#include "io/RegularFile.h"
#include "util/ErrorText.h"
#include "util/InputError.h"

#include <torch/csrc/jit/serialization/pickle.h>
#include <torch/torch.h>

#include <fstream>
#include <iterator>

namespace aclwb {

void saveStateDict(const torch::nn::Module& module, const std::string& path)
{
    c10::Dict<std::string, at::Tensor> dict;
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        dict.insert(item.key(), item.value().detach().to(torch::kCPU).contiguous());
    }
    for (const auto& item : module.named_buffers(/*recurse=*/true)) {
        dict.insert(item.key(), item.value().detach().to(torch::kCPU).contiguous());
    }
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    writeFileAtomically(path, std::string(bytes.begin(), bytes.end()));
}

int64_t loadStateDict(torch::nn::Module& module, const std::string& path, const std::string& prefix)
{
    requireRegularFile(path, "weights file");
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw InputError("cannot open weights file " + path);
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    c10::IValue value;
    try {
        value = torch::pickle_load(bytes);
    } catch (const std::exception& e) {
        throw InputError(path + ": not a state dict saved by torch.save or aclwb (" + describeException(e) + ")");
    }
    if (!value.isGenericDict()) {
        throw InputError(path + ": expected a dict of tensors (a state dict)");
    }
    std::map<std::string, at::Tensor> tensors;
    for (const auto& entry : value.toGenericDict()) {
        if (entry.key().isString() && entry.value().isTensor()) {
            tensors[entry.key().toStringRef()] = entry.value().toTensor();
        }
    }
    torch::NoGradGuard noGrad;
    int64_t loaded = 0;
    auto copyInto = [&](const std::string& name, at::Tensor& target) {
        if (name.rfind(prefix, 0) != 0) {
            return;
        }
        auto found = tensors.find(name);
        if (found == tensors.end()) {
            found = tensors.find(name.substr(prefix.size())); // a bare encoder state dict
        }
        if (found == tensors.end()) {
            throw InputError(path + ": missing tensor '" + name + "'");
        }
        if (found->second.sizes() != target.sizes()) {
            throw InputError(path + ": tensor '" + name + "' has shape " + c10::str(found->second.sizes())
                             + ", the model expects " + c10::str(target.sizes()));
        }
        target.copy_(found->second);
        ++loaded;
    };
    for (auto& item : module.named_parameters(true)) {
        copyInto(item.key(), item.value());
    }
    for (auto& item : module.named_buffers(true)) {
        copyInto(item.key(), item.value());
    }
    return loaded;
}

} // namespace aclwb
