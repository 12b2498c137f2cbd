variable "actions" {
  type = map(object({
    trigger = string
    version = optional(string, "v2")
    secrets = map(string)
  }))
}

resource "auth0_action" "phone" {
  for_each = var.actions

  name = each.key
  code = templatefile("${path.module}/code.js.tftpl", { name = each.key })

  supported_triggers {
    id      = each.value.trigger
    version = each.value.version
  }

  dynamic "secrets" {
    for_each = each.value.secrets
    content {
      name  = secrets.key
      value = secrets.value
    }
  }
}

resource "auth0_trigger_actions" "sms" {
  trigger = "send-phone-message"

  dynamic "actions" {
    for_each = [for k, v in var.actions : k if v.trigger == "send-phone-message"]
    content {
      id = auth0_action.phone[actions.value].id
    }
  }
}
