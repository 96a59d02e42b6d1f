"""KWin's fake-input protocol (org_kde_kwin_fake_input), the two requests the tests send.

pywayland ships bindings for the standard protocols only, so this declares the interface the
way pywayland's generated modules do. Requests go by their position in the protocol: these two
are the first two of plasma-wayland-protocols' fake-input.xml (authenticate, pointer_motion),
so the rest can be left out. KWin offers the global to a client only when it trusts it; the
tests run KWin with KWIN_WAYLAND_NO_PERMISSION_CHECKS=1, and KWin 5.27 grants
`authenticate` without asking.
"""

from __future__ import annotations

from pywayland.protocol_core import Argument, ArgumentType, Global, Interface, Proxy, Resource


class OrgKdeKwinFakeInput(Interface):
    name = "org_kde_kwin_fake_input"
    version = 4


class OrgKdeKwinFakeInputProxy(Proxy[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.String), Argument(ArgumentType.String))
    def authenticate(self, application: str, reason: str) -> None:
        self._marshal(0, application, reason)

    @OrgKdeKwinFakeInput.request(Argument(ArgumentType.Fixed), Argument(ArgumentType.Fixed))
    def pointer_motion(self, delta_x: float, delta_y: float) -> None:
        self._marshal(1, delta_x, delta_y)


class OrgKdeKwinFakeInputResource(Resource[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput


class OrgKdeKwinFakeInputGlobal(Global[OrgKdeKwinFakeInput]):
    interface = OrgKdeKwinFakeInput


OrgKdeKwinFakeInput._gen_c()
OrgKdeKwinFakeInput.proxy_class = OrgKdeKwinFakeInputProxy
OrgKdeKwinFakeInput.resource_class = OrgKdeKwinFakeInputResource
OrgKdeKwinFakeInput.global_class = OrgKdeKwinFakeInputGlobal
