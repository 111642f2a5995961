// SPDX-License-Identifier: MIT
// Loss forward+backward at N = 256, 1024, 4096 (d = 128) beside the two N x N x d matrix products that any
// exact gradient needs, in one run. The ratio loss/matmuls is the figure to watch (target <= 1.5 at 4096).
// Threads: ACLWB_THREADS (default: one per hardware thread).
#include "loss/AfclFunctional.h"
#include "util/MemoryTuning.h"
#include "util/ThreadingEnvironment.h"
#include "util/Threads.h"

#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include <cstdlib>

namespace {

struct Batch {
    torch::Tensor z;
    torch::Tensor y;
};

Batch makeBatch(int64_t n, int64_t dim)
{
    torch::manual_seed(7);
    return { torch::nn::functional::normalize(torch::randn({ n, dim }),
                                              torch::nn::functional::NormalizeFuncOptions().dim(1)),
             torch::randint(10, { n }, torch::kLong) };
}

void BM_AfclForwardBackward(benchmark::State& state)
{
    const Batch b = makeBatch(state.range(0), 128);
    const auto options = aclwb::AfclLossOptions().gamma(2.0).eta(10.0).temperature(0.1).normalize_input(false);
    for (auto _ : state) {
        torch::Tensor z = b.z.detach().requires_grad_(true);
        aclwb::functional::afclLoss(z, b.y, options).backward();
        benchmark::DoNotOptimize(z.grad().data_ptr());
    }
}

void BM_AfclTensorOpsForwardBackward(benchmark::State& state)
{
    const Batch b = makeBatch(state.range(0), 128);
    const auto options = aclwb::AfclLossOptions().gamma(2.0).eta(10.0).temperature(0.1).normalize_input(false).backend(
        aclwb::LossBackend::TensorOps);
    for (auto _ : state) {
        torch::Tensor z = b.z.detach().requires_grad_(true);
        aclwb::functional::afclLoss(z, b.y, options).backward();
        benchmark::DoNotOptimize(z.grad().data_ptr());
    }
}

void BM_TwoMatmuls(benchmark::State& state)
{
    const Batch b = makeBatch(state.range(0), 128);
    const torch::Tensor g = torch::randn({ state.range(0), state.range(0) });
    for (auto _ : state) {
        torch::Tensor gram = torch::mm(b.z, b.z.t());
        torch::Tensor back = torch::mm(g, b.z);
        benchmark::DoNotOptimize(gram.data_ptr());
        benchmark::DoNotOptimize(back.data_ptr());
    }
}

} // namespace

BENCHMARK(BM_TwoMatmuls)->Arg(256)->Arg(1024)->Arg(4096)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AfclForwardBackward)->Arg(256)->Arg(1024)->Arg(4096)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AfclTensorOpsForwardBackward)
    ->Arg(256)
    ->Arg(1024)
    ->Arg(4096)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

int main(int argc, char** argv)
{
    aclwb::preferPassiveOpenMpWait(argv);
    aclwb::keepFreedMemoryForReuse();
    const char* threads = std::getenv("ACLWB_THREADS");
    const int used = aclwb::configureThreads(threads != nullptr ? std::atoi(threads) : 0);
    benchmark::AddCustomContext("torch_threads", std::to_string(used));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
