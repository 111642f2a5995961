// SPDX-License-Identifier: MIT
#pragma once

#include <ATen/core/Tensor.h>

#include <memory>
#include <string>
#include <vector>

namespace aclwb {

/// An exported ONNX model (exportOnnx's format, docs/MODEL_FORMAT.md) run by OpenCV's DNN module: the same runtime a
/// user without our code would use, so `aclwb-cli predict --model FILE.onnx` shows what they will get.
class OnnxModel {
public:
    /// Reads and checks `path`: InputError in one line when it is not a regular file, not an ONNX model (damaged or
    /// another format), or an ONNX model that ACL Workbench did not write (no class_names or image_shape metadata, no
    /// "images" input or "logits" output), or when this build has no ONNX or OpenCV DNN.
    static OnnxModel load(const std::string& path);

    const std::vector<std::string>& classNames() const { return m_classNames; }
    /// [C, H, W].
    const std::vector<int64_t>& imageShape() const { return m_imageShape; }
    /// The training config (aclwb_config) as JSON text, for predicting on the data the model was trained on.
    const std::string& configJson() const { return m_configJson; }

    /// images: float [N, C, H, W] with values 0..255 -> float64 logits [N, classes] on the CPU.
    at::Tensor logits(const at::Tensor& images) const;
    /// Whether the file has the "embedding" output (exported with the projection head).
    bool hasEmbedding() const { return m_hasEmbedding; }
    /// images as for logits() -> float64 L2-normalised projections [N, 128] on the CPU.
    at::Tensor embedding(const at::Tensor& images) const;

    ~OnnxModel();
    OnnxModel(OnnxModel&&) noexcept;
    OnnxModel& operator=(OnnxModel&&) noexcept;

private:
    OnnxModel();
    struct Net;
    std::unique_ptr<Net> m_net;
    std::vector<std::string> m_classNames;
    std::vector<int64_t> m_imageShape;
    std::string m_configJson;
    bool m_hasEmbedding = false;

    at::Tensor run(const at::Tensor& images, const std::string& output) const;
};

/// Whether this build can run ONNX files (libonnx-dev and OpenCV's DNN module were found at configure time).
bool onnxInferenceAvailable();

} // namespace aclwb
