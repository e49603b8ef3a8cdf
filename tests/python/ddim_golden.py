"""Golden DDIM tensors from diffusers for the C++ scheduler test.

Usage: ddim_golden.py OUTDIR N [N ...]
Writes OUTDIR/ddim_<N>.safetensors for each number of inference steps N, with the V-Express
scheduler configuration (spec section 7.1): betas, alphas_cumprod, timesteps, and DDIM steps
(v-prediction, eta 0) from the first, second and last timestep on a fixed random sample.
"""
import sys
from pathlib import Path

import torch
from diffusers import DDIMScheduler
from safetensors.torch import save_file

VEXPRESS_SCHEDULER = dict(
    beta_start=0.00085,
    beta_end=0.012,
    beta_schedule="scaled_linear",
    clip_sample=False,
    steps_offset=1,
    prediction_type="v_prediction",
    rescale_betas_zero_snr=True,
    timestep_spacing="trailing",
)


def main() -> None:
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for steps in (int(a) for a in sys.argv[2:]):
        scheduler = DDIMScheduler(**VEXPRESS_SCHEDULER)
        scheduler.set_timesteps(steps)
        generator = torch.Generator().manual_seed(1000 + steps)
        sample = torch.randn([1, 4, 3, 8, 8], generator=generator)
        model_output = torch.randn([1, 4, 3, 8, 8], generator=generator)
        tensors = {
            "betas": scheduler.betas.clone(),
            "alphas_cumprod": scheduler.alphas_cumprod.clone(),
            "timesteps": scheduler.timesteps.to(torch.int64).clone(),
            "sample": sample,
            "model_output": model_output,
        }
        picks = sorted({0, min(1, steps - 1), steps - 1})
        step_ts = []
        for i in picks:
            t = int(scheduler.timesteps[i])
            prev = scheduler.step(model_output, t, sample, eta=0.0).prev_sample
            tensors[f"prev_sample_t{t}"] = prev
            step_ts.append(t)
        tensors["step_timesteps"] = torch.tensor(step_ts, dtype=torch.int64)
        save_file(tensors, str(out_dir / f"ddim_{steps}.safetensors"))


if __name__ == "__main__":
    main()
