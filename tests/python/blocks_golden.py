"""Golden tensors from diffusers for the engine's UNet and VAE building blocks.

Usage: blocks_golden.py OUT.safetensors

Builds tiny random diffusers modules (spec section 14 oracles), runs them in fp32 on the CPU and
writes, per case, the module weights under '<case>.w.<key>' and inputs/outputs under
'<case>.io.<name>'. The C++ tests build the engine modules, load the weights and compare.
"""
import sys

import torch
from diffusers import AutoencoderKL, UNet2DConditionModel
from diffusers.models.attention import BasicTransformerBlock, FeedForward
from diffusers.models.attention_processor import Attention, AttnProcessor2_0
from diffusers.models.downsampling import Downsample2D
from diffusers.models.embeddings import TimestepEmbedding, Timesteps
from diffusers.models.resnet import ResnetBlock2D
from diffusers.models.upsampling import Upsample2D
from safetensors.torch import save_file

torch.manual_seed(1234)
out = {}


def randomise(module):
    # Re-draw every parameter so that zero-initialised ones (norms, biases) matter too.
    with torch.no_grad():
        for p in module.parameters():
            p.copy_(torch.randn_like(p) * 0.2)
    return module.eval()


def put(case, module=None, **tensors):
    if module is not None:
        for k, v in module.state_dict().items():
            out[f"{case}.w.{k}"] = v.detach().clone().contiguous()
    for k, v in tensors.items():
        out[f"{case}.io.{k}"] = v.detach().clone().contiguous()


with torch.no_grad():
    # Timestep sinusoid + MLP at the release sizes (cheap).
    proj = Timesteps(320, flip_sin_to_cos=True, downscale_freq_shift=0)
    mlp = randomise(TimestepEmbedding(320, 1280))
    t = torch.tensor([981])
    sinusoid = proj(t)
    put("timestep", mlp, sinusoid=sinusoid, emb=mlp(sinusoid))

    resnet = randomise(ResnetBlock2D(in_channels=32, out_channels=64, temb_channels=128, groups=8, eps=1e-5))
    x = torch.randn(2, 32, 8, 8)
    temb = torch.randn(1, 128)
    put("resnet", resnet, x=x, silu_temb=torch.nn.functional.silu(temb), y=resnet(x, temb))

    resnet_vae = randomise(ResnetBlock2D(in_channels=32, out_channels=32, temb_channels=None, groups=8, eps=1e-6))
    put("resnet_vae", resnet_vae, x=x, y=resnet_vae(x, None))

    down = randomise(Downsample2D(16, use_conv=True, out_channels=16, padding=1, name="op"))
    x16 = torch.randn(2, 16, 9, 8)
    put("down", down, x=x16, y=down(x16))
    down_vae = randomise(Downsample2D(16, use_conv=True, out_channels=16, padding=0, name="op"))
    put("down_vae", down_vae, x=x16, y=down_vae(x16))
    up = randomise(Upsample2D(16, use_conv=True, out_channels=16))
    put("up", up, x=x16, y=up(x16))

    attn = Attention(query_dim=32, cross_attention_dim=24, heads=4, dim_head=8, bias=False, out_bias=True)
    attn.set_processor(AttnProcessor2_0())
    randomise(attn)
    xa = torch.randn(2, 10, 32)
    ctx = torch.randn(2, 7, 24)
    put("attention", attn, x=xa, context=ctx, y=attn(xa, ctx),
        zero_context_y=attn(xa, torch.zeros_like(ctx)))

    ff = randomise(FeedForward(32, activation_fn="geglu"))
    put("ff", ff, x=xa, y=ff(xa))

    block = randomise(BasicTransformerBlock(32, 4, 8, cross_attention_dim=24, activation_fn="geglu"))
    captured = {}
    block.norm2.register_forward_hook(lambda m, i, o: captured.__setitem__("bank", o))
    xb = torch.randn(2, 16, 32)
    ctxb = torch.randn(2, 3, 24)
    yb = block(xb, encoder_hidden_states=ctxb)
    put("block", block, x=xb, context=ctxb, y=yb, bank=captured["bank"])

    # Temporal transformer block of the motion module = BasicTransformerBlock with sinusoidal
    # positions and two self-attentions (spec section 14); the key map is applied here.
    temporal = BasicTransformerBlock(32, 8, 4, cross_attention_dim=None, double_self_attention=True,
                                     activation_fn="geglu", attention_bias=False,
                                     positional_embeddings="sinusoidal", num_positional_embeddings=32)
    randomise(temporal)
    frames, pixels = 5, 6
    u = torch.randn(2 * frames, pixels, 32)  # [B*F, P, C]
    sequences = u.view(2, frames, pixels, 32).permute(0, 2, 1, 3).reshape(2 * pixels, frames, 32)
    y = temporal(sequences).view(2, pixels, frames, 32).permute(0, 2, 1, 3).reshape(2 * frames, pixels, 32)
    renames = {"attn1.": "attention_blocks.0.", "attn2.": "attention_blocks.1.", "norm1.": "norms.0.",
               "norm2.": "norms.1.", "norm3.": "ff_norm.", "ff.": "ff."}
    pe = temporal.pos_embed.pe
    for k, v in temporal.state_dict().items():
        for old, new in renames.items():
            if k.startswith(old):
                out[f"temporal.w.{new}{k[len(old):]}"] = v.detach().clone().contiguous()
    for j in (0, 1):
        out[f"temporal.w.attention_blocks.{j}.pos_encoder.pe"] = pe.detach().clone().contiguous()
    put("temporal", None, u=u, y=y)

    # ReferenceNet = UNet2DConditionModel without conv_norm_out (spec section 3.1).
    unet = UNet2DConditionModel(
        sample_size=16, in_channels=4, out_channels=4, block_out_channels=[32, 64], layers_per_block=2,
        down_block_types=["CrossAttnDownBlock2D", "DownBlock2D"], up_block_types=["UpBlock2D", "CrossAttnUpBlock2D"],
        attention_head_dim=2, cross_attention_dim=32, norm_num_groups=8, flip_sin_to_cos=True, freq_shift=0)
    randomise(unet)
    unet.conv_norm_out = None
    banks = {}
    for name, module in unet.named_modules():
        if name.endswith("transformer_blocks.0"):
            module.norm2.register_forward_hook(lambda m, i, o, name=name: banks.__setitem__(name, o))
    sample = torch.randn(1, 4, 16, 16)
    context = torch.randn(1, 3, 32)
    y = unet(sample, 500, encoder_hidden_states=context).sample
    tensors = {"sample": sample, "context": context, "y": y}
    tensors.update({f"bank.{k}": v for k, v in banks.items()})
    banks.clear()
    unet(sample, 0, encoder_hidden_states=torch.zeros(1, 1, 32))
    tensors.update({f"zero_bank.{k}": v for k, v in banks.items()})
    put("refnet", unet, **tensors)

    vae = AutoencoderKL(in_channels=3, out_channels=3, down_block_types=["DownEncoderBlock2D"] * 2,
                        up_block_types=["UpDecoderBlock2D"] * 2, block_out_channels=[32, 64],
                        layers_per_block=2, latent_channels=4, norm_num_groups=8)
    randomise(vae)
    image = torch.randn(1, 3, 32, 32)
    latent = torch.randn(2, 4, 16, 16)
    put("vae", vae, image=image, mean=vae.encode(image).latent_dist.mean, latent=latent,
        decoded=vae.decode(latent).sample)
    # The same weights under the pre-0.14 attention names.
    legacy = {"to_q": "query", "to_k": "key", "to_v": "value", "to_out.0": "proj_attn"}
    for k, v in vae.state_dict().items():
        name = k
        for new, old in legacy.items():
            name = name.replace(f".attentions.0.{new}.", f".attentions.0.{old}.")
        out[f"vae_legacy.w.{name}"] = v.detach().clone().contiguous()

save_file(out, sys.argv[1])
