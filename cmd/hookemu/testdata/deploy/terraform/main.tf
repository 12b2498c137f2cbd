# Two Actions from files, their secret from a variable; only sms is bound.
variable "sms_api_key" {
  type      = string
  sensitive = true
}

locals {
  trigger = "send-phone-message"
}

resource "auth0_action" "sms" {
  name    = "sms-tf"
  runtime = "node22"
  deploy  = true
  code    = file("${path.module}/code/sms.js")

  supported_triggers {
    id      = local.trigger
    version = "v2"
  }

  dependencies {
    name    = "axios"
    version = "1.7.9"
  }

  secrets {
    name  = "API_KEY"
    value = var.sms_api_key
  }
}

resource "auth0_action" "voice" {
  name    = "voice-tf"
  runtime = "node22"
  deploy  = true
  code    = <<-EOT
    exports.onExecuteSendPhoneMessage = async (event, api) => {
      console.log(`voice to $${event.message_options.recipient}`);
    };
  EOT

  supported_triggers {
    id      = local.trigger
    version = "v2"
  }
}

resource "auth0_trigger_actions" "sms" {
  trigger = local.trigger

  actions {
    id           = auth0_action.sms.id
    display_name = auth0_action.sms.name
  }
}
